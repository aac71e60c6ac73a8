import type { OutputFormatEnum } from '../enums/OutputFormatEnum';

/**
 * The media type of a raw result (`POST /sync_jobs`) in each output format, as openEO backends
 * answer it. The platform's response is passed through as it is, so these are the ones the
 * mock makes and the docs show, not a limit on what a client may receive.
 */
export const rawResultMediaTypeOf = {
  json: 'application/json',
  geojson: 'application/geo+json',
  gtiff: 'image/tiff',
  netcdf: 'application/x-netcdf',
} as const satisfies Record<OutputFormatEnum, string>;

/** The media types a raw result may come with (the values of `rawResultMediaTypeOf`). */
export const rawResultMediaTypes = [
  rawResultMediaTypeOf.json,
  rawResultMediaTypeOf.geojson,
  rawResultMediaTypeOf.gtiff,
  rawResultMediaTypeOf.netcdf,
] as const;

export type RawResultMediaType = (typeof rawResultMediaTypes)[number];
