import { z } from 'zod';
import { BBoxSchema } from '../geojson/BBox';

/** The bounding boxes a STAC collection covers. */
export const SpatialExtentSchema = z.object({
  bbox: z.array(BBoxSchema),
});
export type SpatialExtent = z.infer<typeof SpatialExtentSchema>;
