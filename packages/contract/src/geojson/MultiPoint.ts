import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

export const MultiPointSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('MultiPoint'),
  coordinates: z.array(PositionSchema),
});
export type MultiPoint = z.infer<typeof MultiPointSchema>;
