import { z } from 'zod';

/** A STAC statistics range used in collection summaries. */
export const RangeSchema = z.object({
  minimum: z.union([z.number(), z.string()]),
  maximum: z.union([z.number(), z.string()]),
});
export type Range = z.infer<typeof RangeSchema>;
