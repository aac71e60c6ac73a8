import type {
  ProcessingJob,
  ProcessingJobSummary,
  ProcessingStatusEnum,
  UpscalingTask,
  UpscalingTaskSummary,
} from '@apex-dispatch/contract';
import { jobLifecycle } from './jobLifecycle';
import { naiveUtc } from './naiveUtc';
import type { StoredJob, StoredTask } from './StoredJob';
import { storedService } from './storedService';

/** Where each job is in its lifecycle, given the server's job duration and clock. */
export type Clock = { readonly now: number; readonly jobDurationMs: number };

/** A job's status now, and when it took it. A job the platform refused stays `failed`. */
export function jobState(
  job: StoredJob,
  clock: Clock,
): { status: ProcessingStatusEnum; updatedAt: number } {
  if (job.pinned) return job.pinned;
  if (!job.submitted) return { status: 'failed', updatedAt: job.createdAt };
  const start = job.lifecycleStart ?? job.createdAt;
  const { status, sinceMs } = jobLifecycle(clock.now - start, clock.jobDurationMs, job.outcome);
  return { status, updatedAt: start + sinceMs };
}

/** A job as `POST /unit_jobs`, `GET /jobs_status` and a task's `jobs` list it. */
export function jobSummary(job: StoredJob, clock: Clock): ProcessingJobSummary {
  return {
    id: job.id,
    title: job.request.title,
    label: job.request.label,
    status: jobState(job, clock).status,
    service: storedService(job.request.service),
    parameters: job.request.parameters,
  };
}

/** A job in full, as `GET /unit_jobs/{id}` answers it. */
export function jobDetails(job: StoredJob, clock: Clock): ProcessingJob {
  const { updatedAt } = jobState(job, clock);
  return {
    ...jobSummary(job, clock),
    created: naiveUtc(job.createdAt),
    updated: naiveUtc(updatedAt),
  };
}

/** An upscaling task as listed, in the status last recorded for it. */
export function taskSummary(task: StoredTask): UpscalingTaskSummary {
  return {
    id: task.id,
    title: task.request.title,
    label: task.request.label,
    status: task.status,
  };
}

/** An upscaling task in full, with the jobs created for it so far. */
export function taskDetails(
  task: StoredTask,
  jobs: readonly StoredJob[],
  clock: Clock,
): UpscalingTask {
  return {
    ...taskSummary(task),
    service: storedService(task.request.service),
    created: naiveUtc(task.createdAt),
    updated: naiveUtc(task.updatedAt),
    jobs: jobs.map((job) => jobSummary(job, clock)),
  };
}
