import { z } from 'zod';
import { OutputFormatEnumSchema } from '../enums/OutputFormatEnum';
import { ProcessTypeEnumSchema } from '../enums/ProcessTypeEnum';
import { JsonObjectSchema } from './JsonObject';
import { ServiceDetailsSchema } from './ServiceDetails';

/** The body of `POST /unit_jobs` and `POST /sync_jobs`. */
export const BaseJobRequestSchema = z.object({
  title: z.string().describe('Title of the job to execute'),
  label: ProcessTypeEnumSchema.describe('Type of platform the service runs on'),
  service: ServiceDetailsSchema.describe('Details of the service to be executed'),
  parameters: JsonObjectSchema.describe('JSON object with the parameters for the service'),
  format: OutputFormatEnumSchema.describe('Expected format of the output results'),
});
export type BaseJobRequest = z.infer<typeof BaseJobRequestSchema>;
