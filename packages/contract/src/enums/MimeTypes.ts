import { z } from 'zod';

/** Media types STAC recommends for links and assets. */
export const MimeTypes = {
  GEOTIFF: 'image/tiff; application=geotiff',
  COG: 'image/tiff; application=geotiff; profile=cloud-optimized',
  JP2: 'image/jp2',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  GEOJSON: 'application/geo+json',
  GEOJSON_SEQ: 'application/geo+json-seq',
  GEOPACKAGE: 'application/geopackage+sqlite3',
  KML: 'application/vnd.google-earth.kml+xml',
  KMZ: 'application/vnd.google-earth.kmz',
  PBF: 'application/x-protobuf',
  MVT: 'application/vnd.mapbox-vector-tile',
  HDF: 'application/x-hdf',
  HDF5: 'application/x-hdf5',
  XML: 'application/xml',
  JSON: 'application/json',
  NDJSON: 'application/ndjson',
  HTML: 'text/html',
  TEXT: 'text/plain',
  OPENAPI: 'application/vnd.oai.openapi+json;version=3.0',
  OPENAPI_YAML: 'application/vnd.oai.openapi;version=3.0',
  SCHEMA_JSON: 'application/schema+json',
  PDF: 'application/pdf',
  CSV: 'text/csv',
  PARQUET: 'application/vnd.apache.parquet',
  BINARY: 'application/octet-stream',
} as const;

export const MimeTypesSchema = z.nativeEnum(MimeTypes);
export type MimeTypes = z.infer<typeof MimeTypesSchema>;
