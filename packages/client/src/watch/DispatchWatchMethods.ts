import type { JobsStatusResponse, UpscalingTask } from '@apex-dispatch/contract';
import type { WatchJobsStatusOptions, WatchOptions } from './WatchOptions';

/** Methods that follow the service's WebSocket streams. */
export type DispatchWatchMethods = {
  /** Every status of the user's tasks and jobs that `/ws/jobs_status` sends, until stopped. */
  watchJobsStatus: (options?: WatchJobsStatusOptions) => AsyncIterable<JobsStatusResponse>;
  /** Every status of one upscaling task that `/ws/upscale_tasks/{id}` sends, until stopped. */
  watchUpscaleTask: (taskId: number, options?: WatchOptions) => AsyncIterable<UpscalingTask>;
};
