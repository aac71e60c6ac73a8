import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

export const MultiLineStringSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).min(2)),
});
export type MultiLineString = z.infer<typeof MultiLineStringSchema>;
