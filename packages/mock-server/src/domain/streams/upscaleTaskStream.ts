import type { UpscalingTask, WSTaskStatusMessage } from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import { upscaleTask } from '../jobs/jobQueries';
import type { Clock } from '../jobs/jobViews';
import { pollingStream } from './pollingStream';
import type { StatusStream } from './StatusStream';

/**
 * The `/ws/upscale_tasks/{task_id}` stream of `user`: each status is what
 * `GET /upscale_tasks/{task_id}` answers at that moment; a missing or another user's task ends
 * it with TASK_NOT_FOUND. It goes on once the task is done, as the service's does.
 */
export function upscaleTaskStream(
  store: JobStore,
  user: () => string,
  params: { readonly task_id: number },
  clock: () => Clock,
): StatusStream<WSTaskStatusMessage> {
  const { task_id } = params;
  return pollingStream<UpscalingTask, WSTaskStatusMessage>(
    (fields) => ({ ...fields, task_id }),
    () => upscaleTask(store, user(), task_id, clock()),
    'An error occurred while monitoring upscaling task.',
  );
}
