import { z } from 'zod';
import { SpatialExtentSchema } from './SpatialExtent';
import { TimeIntervalSchema } from './TimeInterval';

export const ExtentSchema = z.object({
  spatial: SpatialExtentSchema,
  temporal: TimeIntervalSchema,
});
export type Extent = z.infer<typeof ExtentSchema>;
