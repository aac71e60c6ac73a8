import { z } from 'zod';
import { geometryBBox } from './BBox';
import { LinearRingSchema } from './Polygon';

export const MultiPolygonSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema)),
});
export type MultiPolygon = z.infer<typeof MultiPolygonSchema>;
