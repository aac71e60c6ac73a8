import type { JobsFilter, JobsStatusResponse, UpscalingTask } from '@apex-dispatch/contract';
import type { JobStore } from './JobStore';
import { type Clock, jobSummary, taskDetails, taskSummary } from './jobViews';

const EVERY_KIND: readonly JobsFilter[] = ['upscaling', 'processing'];

/**
 * What `GET /jobs_status` answers `user` at `clock`: their upscaling tasks and the processing
 * jobs that belong to no task (a task's jobs are seen through the task). No filter lists both.
 */
export function jobsStatus(
  store: JobStore,
  user: string,
  filters: readonly JobsFilter[] | undefined,
  clock: Clock,
): JobsStatusResponse {
  const wanted = filters === undefined || filters.length === 0 ? EVERY_KIND : filters;
  return {
    upscaling_tasks: wanted.includes('upscaling')
      ? store.listTasks(user).map((task) => taskSummary(task, store.jobsOfTask(task), clock))
      : [],
    processing_jobs: wanted.includes('processing')
      ? store
          .listJobs(user)
          .filter((job) => job.taskId === undefined)
          .map((job) => jobSummary(job, clock))
      : [],
  };
}

/** What `GET /upscale_tasks/{taskId}` answers `user` at `clock`; throws the mock's TASK_NOT_FOUND. */
export function upscaleTask(
  store: JobStore,
  user: string,
  taskId: number,
  clock: Clock,
): UpscalingTask {
  const task = store.getTask(user, taskId);
  return taskDetails(task, store.jobsOfTask(task), clock);
}
