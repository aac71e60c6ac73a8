import { type Collection, dispatchContract } from '@apex-dispatch/contract';
import { jobNotFound, routeFailure } from '../errors/knownErrors';
import type { JobsContext } from '../jobs/JobsContext';
import { jobState } from '../jobs/jobViews';
import { resultsCollection } from './resultsCollection';
import { unfinishedResultsError } from './unfinishedResultsError';

/**
 * `GET /unit_jobs/{jobId}/results` for `user`. A job the platform never took has nothing to ask
 * for (404, as for a missing job); one that has not finished is refused by its platform, which
 * the service answers with the route's 500.
 */
export function jobResults(
  { store, clock }: JobsContext,
  user: string,
  jobId: number,
  baseUrl: string,
): Collection {
  const job = store.getJob(user, jobId);
  if (!job.submitted) throw jobNotFound();
  if (jobState(job, clock()).status !== 'finished') {
    throw routeFailure(dispatchContract.getJobResults, unfinishedResultsError(job.request.label));
  }
  return resultsCollection(job, baseUrl);
}
