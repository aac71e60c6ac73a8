import { z } from 'zod';
import { ProcessingStatusEnumSchema } from '../enums/ProcessingStatusEnum';
import { ProcessTypeEnumSchema } from '../enums/ProcessTypeEnum';

/** An upscaling task as listed. */
export const UpscalingTaskSummarySchema = z.object({
  id: z.number().int().describe('Unique identifier of the upscaling task'),
  title: z.string().describe('Title of the upscaling task'),
  label: ProcessTypeEnumSchema.describe('Type of platform the service runs on'),
  status: ProcessingStatusEnumSchema.describe('Status of the upscaling task'),
});
export type UpscalingTaskSummary = z.infer<typeof UpscalingTaskSummarySchema>;
