import { z } from 'zod';

/** Output format a job's result is produced in. */
export const OutputFormatEnum = {
  GEOJSON: 'geojson',
  GTIFF: 'gtiff',
  NETCDF: 'netcdf',
  JSON: 'json',
} as const;

export const OutputFormatEnumSchema = z.nativeEnum(OutputFormatEnum);
export type OutputFormatEnum = z.infer<typeof OutputFormatEnumSchema>;
