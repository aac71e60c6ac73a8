import type {
  ProcessingJob,
  ProcessingJobSummary,
  ProcessingStatusEnum,
  UpscalingTask,
  UpscalingTaskSummary,
} from '@apex-dispatch/contract';
import { isTerminal, jobLifecycle } from './jobLifecycle';
import type { StoredJob, StoredTask } from './StoredJob';

/** Where each job is in its lifecycle, given the server's job duration and clock. */
export type Clock = { readonly now: number; readonly jobDurationMs: number };

/** A job's status now, and when it took it. */
export function jobState(job: StoredJob, clock: Clock) {
  const { status, sinceMs } = jobLifecycle(
    clock.now - job.createdAt,
    clock.jobDurationMs,
    job.outcome,
  );
  return { status, updatedAt: job.createdAt + sinceMs };
}

/** A job as `POST /unit_jobs` and `GET /jobs_status` list it. */
export function jobSummary(job: StoredJob, clock: Clock): ProcessingJobSummary {
  return {
    id: job.id,
    title: job.request.title,
    label: job.request.label,
    status: jobState(job, clock).status,
    service: job.request.service,
    parameters: job.request.parameters,
  };
}

/** A job in full, as `GET /unit_jobs/{id}` answers it. */
export function jobDetails(job: StoredJob, clock: Clock): ProcessingJob {
  const { updatedAt } = jobState(job, clock);
  return {
    ...jobSummary(job, clock),
    created: new Date(job.createdAt).toISOString(),
    updated: new Date(updatedAt).toISOString(),
  };
}

/** A task's status, from its jobs': done when all are, otherwise as far as the slowest. */
export function taskStatus(statuses: readonly ProcessingStatusEnum[]): ProcessingStatusEnum {
  if (statuses.length === 0) return 'unknown';
  if (statuses.every(isTerminal)) {
    if (statuses.every((status) => status === 'finished')) return 'finished';
    return statuses.includes('failed') ? 'failed' : 'canceled';
  }
  if (statuses.includes('running')) return 'running';
  return statuses.includes('queued') ? 'queued' : 'created';
}

/** An upscaling task as listed. */
export function taskSummary(
  task: StoredTask,
  jobs: readonly StoredJob[],
  clock: Clock,
): UpscalingTaskSummary {
  return {
    id: task.id,
    title: task.request.title,
    label: task.request.label,
    status: taskStatus(jobs.map((job) => jobState(job, clock).status)),
  };
}

/** An upscaling task in full, with its jobs. */
export function taskDetails(
  task: StoredTask,
  jobs: readonly StoredJob[],
  clock: Clock,
): UpscalingTask {
  const updatedAt = jobs.reduce(
    (latest, job) => Math.max(latest, jobState(job, clock).updatedAt),
    task.createdAt,
  );
  return {
    ...taskSummary(task, jobs, clock),
    service: task.request.service,
    created: new Date(task.createdAt).toISOString(),
    updated: new Date(updatedAt).toISOString(),
    jobs: jobs.map((job) => jobSummary(job, clock)),
  };
}
