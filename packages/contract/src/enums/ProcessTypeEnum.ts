import { z } from 'zod';

/** Kind of platform a service runs on. */
export const ProcessTypeEnum = {
  OPENEO: 'openeo',
  OGC_API_PROCESS: 'ogc_api_process',
} as const;

export const ProcessTypeEnumSchema = z.nativeEnum(ProcessTypeEnum);
export type ProcessTypeEnum = z.infer<typeof ProcessTypeEnumSchema>;
