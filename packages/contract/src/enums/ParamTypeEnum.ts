import { z } from 'zod';

/** Data type of a service parameter, as reported by `POST /params`. */
export const ParamTypeEnum = {
  DATETIME: 'datetime',
  DATE_INTERVAL: 'date-interval',
  BOUNDING_BOX: 'bounding-box',
  POLYGON: 'polygon',
  BOOLEAN: 'boolean',
  INTEGER: 'integer',
  DOUBLE: 'double',
  STRING: 'string',
  ARRAY_STRING: 'array-string',
} as const;

export const ParamTypeEnumSchema = z.nativeEnum(ParamTypeEnum);
export type ParamTypeEnum = z.infer<typeof ParamTypeEnumSchema>;
