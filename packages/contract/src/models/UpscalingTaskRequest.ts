import type { z } from 'zod';
import { BaseJobRequestSchema } from './BaseJobRequest';
import { ParameterDimensionSchema } from './ParameterDimension';

/** The body of `POST /upscale_tasks`. */
export const UpscalingTaskRequestSchema = BaseJobRequestSchema.extend({
  dimension: ParameterDimensionSchema.describe('Parameter the upscaling task loops over'),
});
export type UpscalingTaskRequest = z.infer<typeof UpscalingTaskRequestSchema>;
