import type { z } from 'zod';
import { DateTimeSchema } from './DateTime';
import { ProcessingJobSummarySchema } from './ProcessingJobSummary';

/** A processing job in full, with its timestamps (`GET /unit_jobs/{job_id}`). */
export const ProcessingJobSchema = ProcessingJobSummarySchema.extend({
  created: DateTimeSchema.describe(
    'Creation time of the processing job, in UTC; the service sends it without an offset',
  ),
  updated: DateTimeSchema.describe(
    'Last time the job details were updated, in UTC; the service sends it without an offset',
  ),
});
export type ProcessingJob = z.infer<typeof ProcessingJobSchema>;
