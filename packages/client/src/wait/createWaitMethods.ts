import type { ProcessingJob, UpscalingTask } from '@apex-dispatch/contract';
import type { CallOptions } from '../CallOptions';
import type { DispatchWaitMethods } from './DispatchWaitMethods';
import { waitUntilEnded } from './waitUntilEnded';

/** The client methods the waits poll. */
export type WaitSources = {
  getJob: (jobId: number, options?: CallOptions) => Promise<ProcessingJob>;
  getUpscaleTask: (taskId: number, options?: CallOptions) => Promise<UpscalingTask>;
};

/** `waitForJob` and `waitForUpscaleTask` on top of the client's own `getJob` and `getUpscaleTask`. */
export const createWaitMethods = (client: WaitSources): DispatchWaitMethods => ({
  waitForJob: (jobId, options) =>
    waitUntilEnded(
      {
        subject: `waitForJob: job ${jobId}`,
        poll: (signal) => client.getJob(jobId, { signal }),
        changeKey: (job) => job.status,
      },
      options,
    ),
  waitForUpscaleTask: (taskId, options) =>
    waitUntilEnded(
      {
        subject: `waitForUpscaleTask: task ${taskId}`,
        poll: (signal) => client.getUpscaleTask(taskId, { signal }),
        // A task's jobs progress while the task itself may still read `running`.
        changeKey: (task) => [task.status, ...task.jobs.map((job) => job.status)].join(),
      },
      options,
    ),
});
