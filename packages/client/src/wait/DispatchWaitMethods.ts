import type { ProcessingJob, UpscalingTask } from '@apex-dispatch/contract';
import type { WaitOptions } from './WaitOptions';

/** Methods that poll a job or a task until it ends, against any deployment of the service. */
export type DispatchWaitMethods = {
  /** Polls `getJob` until the job is `finished`, `failed` or `canceled`, and resolves with it. */
  waitForJob: (jobId: number, options?: WaitOptions<ProcessingJob>) => Promise<ProcessingJob>;
  /** Polls `getUpscaleTask` until the task is `finished`, `failed` or `canceled`. */
  waitForUpscaleTask: (
    taskId: number,
    options?: WaitOptions<UpscalingTask>,
  ) => Promise<UpscalingTask>;
};
