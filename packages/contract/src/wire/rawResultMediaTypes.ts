/**
 * The media types a raw result (`POST /sync_jobs`) may come with: the platform's response is
 * passed through as it is, so these are the ones our mock makes and our docs show, not a limit.
 */
export const rawResultMediaTypes = [
  'application/json',
  'application/geo+json',
  'image/tiff',
  'application/x-netcdf',
] as const;

export type RawResultMediaType = (typeof rawResultMediaTypes)[number];
