import { z } from 'zod';
import { ProcessingJobSummarySchema } from './ProcessingJobSummary';
import { UpscalingTaskSummarySchema } from './UpscalingTaskSummary';

/** The answer of `GET /jobs_status`. */
export const JobsStatusResponseSchema = z.object({
  upscaling_tasks: z
    .array(UpscalingTaskSummarySchema)
    .describe('Upscaling tasks of the authenticated user'),
  processing_jobs: z
    .array(ProcessingJobSummarySchema)
    .describe('Processing jobs of the authenticated user'),
});
export type JobsStatusResponse = z.infer<typeof JobsStatusResponseSchema>;
