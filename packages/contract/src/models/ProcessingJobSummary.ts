import { z } from 'zod';
import { ProcessingStatusEnumSchema } from '../enums/ProcessingStatusEnum';
import { ProcessTypeEnumSchema } from '../enums/ProcessTypeEnum';
import { JsonObjectSchema } from './JsonObject';
import { ServiceDetailsSchema } from './ServiceDetails';

/** A processing job as listed: `POST /unit_jobs` answers with one. */
export const ProcessingJobSummarySchema = z.object({
  id: z.number().int().describe('Unique identifier of the processing job'),
  title: z.string().describe('Title of the job'),
  label: ProcessTypeEnumSchema.describe('Type of platform the service runs on'),
  status: ProcessingStatusEnumSchema.describe('Current status of the processing job'),
  service: ServiceDetailsSchema.describe('Details of the service to be executed'),
  parameters: JsonObjectSchema.describe('JSON object with the parameters for the service'),
});
export type ProcessingJobSummary = z.infer<typeof ProcessingJobSummarySchema>;
