import type { BaseJobRequest, OutputFormatEnum } from '@apex-dispatch/contract';
import type { JobStore } from './JobStore';
import type { Clock } from './jobViews';
import type { SubmissionRules } from './submissionRefusal';

/** What the mock's job operations work with; no HTTP in it. */
export type JobsContext = {
  readonly store: JobStore;
  /** The store's clock and the configured job duration, read at each request. */
  readonly clock: () => Clock;
  readonly submission: SubmissionRules;
  /** Simulate synchronous OGC API Processes jobs, which the service does not run yet. */
  readonly ogcSyncJobs: boolean;
  /** What a catalogued service's graph produces synchronously, if its definition says. */
  readonly synchronousOutput: (request: BaseJobRequest) => OutputFormatEnum | undefined;
};
