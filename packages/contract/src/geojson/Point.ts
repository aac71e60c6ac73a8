import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

export const PointSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('Point'),
  coordinates: PositionSchema,
});
export type Point = z.infer<typeof PointSchema>;
