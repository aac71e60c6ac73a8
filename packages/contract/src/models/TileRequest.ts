import { z } from 'zod';
import { GridTypeEnumSchema } from '../enums/GridTypeEnum';
import { PolygonSchema } from '../geojson/Polygon';

/** The body of `POST /tiles`. */
export const TileRequestSchema = z.object({
  aoi: PolygonSchema.describe('Area of interest to split into tiles'),
  grid: GridTypeEnumSchema.describe('Grid used to split up the area of interest'),
});
export type TileRequest = z.infer<typeof TileRequestSchema>;
