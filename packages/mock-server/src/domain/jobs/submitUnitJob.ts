import {
  type BaseJobRequest,
  dispatchContract,
  type ProcessingJobSummary,
} from '@apex-dispatch/contract';
import { routeFailure } from '../errors/knownErrors';
import type { JobsContext } from './JobsContext';
import { jobSummary } from './jobViews';
import type { OutcomeChoice } from './OutcomeChoice';
import { submissionRefusal } from './submissionRefusal';
import { titleRefusal } from './titleRefusal';

/**
 * `POST /unit_jobs` for `user`: the platform starts the job, then the service stores it. Either
 * step's refusal is the route's 500 with the reason in `details.error`, and nothing is stored.
 */
export function submitUnitJob(
  { store, clock, submission }: JobsContext,
  user: string,
  request: BaseJobRequest,
  preferences: OutcomeChoice,
): ProcessingJobSummary {
  const refusal = submissionRefusal(request, submission) ?? titleRefusal(request.title);
  if (refusal !== undefined) throw routeFailure(dispatchContract.createUnitJob, refusal);
  const job = store.createJob(user, {
    request,
    outcome: preferences.status ?? 'finished',
    submitted: true,
  });
  return jobSummary(job, clock());
}
