import { z } from 'zod';

/** A GeoJSON bounding box: 2D (4 numbers) or 3D (6 numbers). */
export const BBoxSchema = z.union([
  z.tuple([z.number(), z.number(), z.number(), z.number()]),
  z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]),
]);
export type BBox = z.infer<typeof BBoxSchema>;

/** The optional, nullable `bbox` member every geometry may carry. */
export const geometryBBox = BBoxSchema.nullable().optional();
