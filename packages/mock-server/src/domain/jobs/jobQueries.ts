import {
  isFinalStatus,
  type JobsFilter,
  type JobsStatusResponse,
  type UpscalingTask,
  type UpscalingTaskSummary,
} from '@apex-dispatch/contract';
import type { JobStore } from './JobStore';
import { type Clock, jobState, jobSummary, taskDetails, taskSummary } from './jobViews';
import type { StoredTask } from './StoredJob';
import { taskStatus } from './taskStatus';

const EVERY_KIND: readonly JobsFilter[] = ['upscaling', 'processing'];

/**
 * Recomputes a task's status from its jobs, as each read of the service does, unless it is
 * already final (finished, failed or canceled tasks are frozen).
 */
function refreshTask(store: JobStore, task: StoredTask, clock: Clock): void {
  if (isFinalStatus(task.status)) return;
  const statuses = store.jobsOfTask(task).map((job) => jobState(job, clock).status);
  store.recordTaskStatus(task, taskStatus(statuses));
}

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
  const tasks: UpscalingTaskSummary[] = wanted.includes('upscaling')
    ? store.listTasks(user).map((task) => {
        refreshTask(store, task, clock);
        return taskSummary(task);
      })
    : [];
  return {
    upscaling_tasks: tasks,
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
  refreshTask(store, task, clock);
  return taskDetails(task, store.jobsOfTask(task), clock);
}
