import { z } from 'zod';

/** Which kinds of work `GET /jobs_status` lists. */
export const JobsFilter = {
  UPSCALING: 'upscaling',
  PROCESSING: 'processing',
} as const;

export const JobsFilterSchema = z.nativeEnum(JobsFilter);
export type JobsFilter = z.infer<typeof JobsFilterSchema>;
