import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

/** A linear ring: closed, so at least four positions. */
export const LinearRingSchema = z.array(PositionSchema).min(4);

export const PolygonSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema),
});
export type Polygon = z.infer<typeof PolygonSchema>;
