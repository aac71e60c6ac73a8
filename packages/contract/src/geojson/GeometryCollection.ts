import { z } from 'zod';
import { type BBox, geometryBBox } from './BBox';
import { LineStringSchema } from './LineString';
import { MultiLineStringSchema } from './MultiLineString';
import { MultiPointSchema } from './MultiPoint';
import { MultiPolygonSchema } from './MultiPolygon';
import { PointSchema } from './Point';
import { PolygonSchema } from './Polygon';

const simpleGeometries = [
  PointSchema,
  MultiPointSchema,
  LineStringSchema,
  MultiLineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
] as const;

type SimpleGeometry = z.infer<(typeof simpleGeometries)[number]>;

// A recursive schema needs its output type spelled out once; it is built from the inferred
// member types, so it cannot drift from them.
export type GeometryCollectionShape = {
  bbox?: BBox | null;
  type: 'GeometryCollection';
  geometries: Array<SimpleGeometry | GeometryCollectionShape>;
};

export const GeometryCollectionSchema: z.ZodType<GeometryCollectionShape> = z.lazy(() =>
  z.object({
    bbox: geometryBBox,
    type: z.literal('GeometryCollection'),
    geometries: z.array(z.union([...simpleGeometries, GeometryCollectionSchema])),
  }),
);
export type GeometryCollection = z.infer<typeof GeometryCollectionSchema>;

/** Any GeoJSON geometry. */
export const GeometrySchema = z.union([...simpleGeometries, GeometryCollectionSchema]);
export type Geometry = z.infer<typeof GeometrySchema>;
