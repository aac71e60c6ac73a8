import { z } from 'zod';

/** The parameter an upscaling task varies, and the values it runs a job for. */
export const ParameterDimensionSchema = z.object({
  name: z.string().describe('Name of the parameter to loop over'),
  values: z.array(z.unknown()).min(1).describe('One processing job is created per value'),
});
export type ParameterDimension = z.infer<typeof ParameterDimensionSchema>;
