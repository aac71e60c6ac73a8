import { z } from 'zod';
import { DateTimeSchema } from './DateTime';
import { ProcessingJobSummarySchema } from './ProcessingJobSummary';
import { ServiceDetailsSchema } from './ServiceDetails';
import { UpscalingTaskSummarySchema } from './UpscalingTaskSummary';

/** An upscaling task in full, with the processing jobs it launched. */
export const UpscalingTaskSchema = UpscalingTaskSummarySchema.extend({
  service: ServiceDetailsSchema.describe('Details of the service to be executed'),
  created: DateTimeSchema.describe(
    'Creation time of the upscaling task, in UTC; the service sends it without an offset',
  ),
  updated: DateTimeSchema.describe(
    'Last time the task details were updated, in UTC; the service sends it without an offset',
  ),
  jobs: z
    .array(ProcessingJobSummarySchema)
    .describe('Processing jobs launched for the upscaling task'),
});
export type UpscalingTask = z.infer<typeof UpscalingTaskSchema>;
