import { z } from 'zod';
import { geometryBBox } from './BBox';
import { PositionSchema } from './Position';

/**
 * Why geojson_pydantic refuses a polygon whose ring does not end where it starts, as the
 * service's 422 words it (`pydanticMessages.value_error`) with geojson_pydantic 2.1.1, the
 * release a 0.7.2 deployment installs.
 */
export const unclosedRingReason = 'All linear rings MUST have the same start and end coordinates';

/** A linear ring: closed, so at least four positions. */
export const LinearRingSchema = z.array(PositionSchema).min(4);

export const PolygonSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema),
});
export type Polygon = z.infer<typeof PolygonSchema>;
