import { z } from 'zod';

/** Tiling grid used to split an area of interest (`POST /tiles`). */
export const GridTypeEnum = {
  VALUE_20X20KM: '20x20km',
  VALUE_250X250KM: '250x250km',
} as const;

export const GridTypeEnumSchema = z.nativeEnum(GridTypeEnum);
export type GridTypeEnum = z.infer<typeof GridTypeEnumSchema>;
