import { z } from 'zod';
import { ProcessTypeEnumSchema } from '../enums/ProcessTypeEnum';
import { ServiceDetailsSchema } from './ServiceDetails';

/** The body of `POST /params`. */
export const ParamRequestSchema = z.object({
  label: ProcessTypeEnumSchema.describe('Type of platform the service runs on'),
  service: ServiceDetailsSchema.describe('The service whose parameters to retrieve'),
});
export type ParamRequest = z.infer<typeof ParamRequestSchema>;
