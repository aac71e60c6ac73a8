import { z } from 'zod';

/** Which kinds of work `GET /jobs_status` lists. */
export const JobsFilter = {
  UPSCALING: 'upscaling',
  PROCESSING: 'processing',
} as const;

export const JobsFilterSchema = z.nativeEnum(JobsFilter);
export type JobsFilter = z.infer<typeof JobsFilterSchema>;

/**
 * `filter` as a query parameter: it may be repeated (`?filter=upscaling&filter=processing`),
 * and a single one is a list of one, as FastAPI reads it.
 */
export const JobsFilterListSchema = z.preprocess(
  (value) => (value === undefined || Array.isArray(value) ? value : [value]),
  z.array(JobsFilterSchema).optional(),
);
