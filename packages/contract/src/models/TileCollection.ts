import { z } from 'zod';
import { geometryBBox } from '../geojson/BBox';
import { MultiPolygonSchema } from '../geojson/MultiPolygon';
import { PolygonSchema } from '../geojson/Polygon';

/** One tile: a grid cell intersected with the area of interest, so a Polygon or a MultiPolygon. */
export const TileSchema = z.union([PolygonSchema, MultiPolygonSchema]);
export type Tile = z.infer<typeof TileSchema>;

/**
 * The answer of `POST /tiles`: a GeoJSON GeometryCollection whose members are tiles. Every value
 * it accepts is a `GeometryCollection` of the published document, which allows any geometry.
 */
export const TileCollectionSchema = z.object({
  bbox: geometryBBox,
  type: z.literal('GeometryCollection'),
  geometries: z.array(TileSchema).describe('The tiles, in grid order'),
});
export type TileCollection = z.infer<typeof TileCollectionSchema>;
