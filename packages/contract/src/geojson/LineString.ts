import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

export const LineStringSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema).min(2),
});
export type LineString = z.infer<typeof LineStringSchema>;
