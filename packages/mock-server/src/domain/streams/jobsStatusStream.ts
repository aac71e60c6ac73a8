import type { JobsFilter, JobsStatusResponse, WSStatusMessage } from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import { jobsStatus } from '../jobs/jobQueries';
import type { Clock } from '../jobs/jobViews';
import { pollingStream } from './pollingStream';
import type { StatusStream } from './StatusStream';

/**
 * The `/ws/jobs_status` stream of `user` (read at each poll; throws AUTHENTICATION_FAILED for
 * an unreadable token): each status is what `GET /jobs_status` answers at that moment.
 */
export function jobsStatusStream(
  store: JobStore,
  user: () => string,
  params: { readonly filter?: readonly JobsFilter[] | undefined },
  clock: () => Clock,
): StatusStream<WSStatusMessage> {
  return pollingStream<JobsStatusResponse, WSStatusMessage>(
    (fields) => fields,
    () => jobsStatus(store, user(), params.filter, clock()),
    'An error occurred while retrieving the status of the jobs.',
  );
}
