import type { BaseJobRequest, OutputFormatEnum } from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import type { SubmissionRules } from '../jobs/submissionRefusal';
import type { ServiceCatalog } from '../params/ServiceCatalog';

/** What the route handlers of one server share. */
export type RouteContext = {
  readonly store: JobStore;
  readonly catalog: ServiceCatalog;
  /** The store's clock and the configured job duration, read at each request. */
  readonly clock: () => Clock;
  /** The backends jobs may go to, and the catalogued services' parameters. */
  readonly submission: SubmissionRules;
  /** Simulate synchronous OGC API Processes jobs, which the service does not run yet. */
  readonly ogcSyncJobs: boolean;
  /** What a catalogued service's graph produces synchronously, if its definition says. */
  readonly synchronousOutput: (request: BaseJobRequest) => OutputFormatEnum | undefined;
};
