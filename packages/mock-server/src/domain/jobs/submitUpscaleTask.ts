import {
  type BaseJobRequest,
  dispatchContract,
  type UpscalingTaskRequest,
  type UpscalingTaskSummary,
} from '@apex-dispatch/contract';
import { routeFailure } from '../errors/knownErrors';
import type { JobSubmission } from './JobStore';
import type { JobsContext } from './JobsContext';
import { taskSummary } from './jobViews';
import type { OutcomeChoice } from './OutcomeChoice';
import { submissionRefusal } from './submissionRefusal';
import { titleRefusal } from './titleRefusal';
import { withParameter } from './withParameter';

/** The longest a task's background submission waits between two of its jobs. */
const MAX_JOB_INTERVAL_MS = 100;

/**
 * The jobs the service's background submission creates for a task: job n titled
 * "<title> - Processing Job <n>" with the dimension's nth value merged into the parameters. A
 * job the platform refuses is stored `failed`; a title too long for the database ends the
 * submission there (the service's background task fails on it), so later jobs never come.
 */
function taskJobs(
  { submission }: JobsContext,
  { dimension, ...request }: UpscalingTaskRequest,
  preferences: OutcomeChoice,
): JobSubmission[] {
  const jobs: JobSubmission[] = [];
  for (const [index, value] of dimension.values.entries()) {
    const job: BaseJobRequest = {
      ...request,
      title: `${request.title} - Processing Job ${index + 1}`,
      parameters: withParameter(request.parameters, dimension.name, value),
    };
    if (titleRefusal(job.title) !== undefined) break;
    const chosen = preferences.jobs === undefined || preferences.jobs.includes(index + 1);
    jobs.push({
      request: job,
      outcome: (chosen ? preferences.status : undefined) ?? 'finished',
      submitted: submissionRefusal(job, submission) === undefined,
    });
  }
  return jobs;
}

/**
 * `POST /upscale_tasks` for `user`: the task is stored and answered at once, `created`; its jobs
 * follow one by one, a tenth of a job's duration (at most 100 ms) apart, by the store's clock.
 */
export function submitUpscaleTask(
  context: JobsContext,
  user: string,
  body: UpscalingTaskRequest,
  preferences: OutcomeChoice,
): UpscalingTaskSummary {
  const refusal = titleRefusal(body.title);
  if (refusal !== undefined) throw routeFailure(dispatchContract.createUpscaleTask, refusal);
  const { dimension: _, ...request } = body;
  const interval = Math.min(MAX_JOB_INTERVAL_MS, context.clock().jobDurationMs / 10);
  const task = context.store.createTask(
    user,
    request,
    taskJobs(context, body, preferences),
    interval,
  );
  return taskSummary(task);
}
