import { z } from 'zod';
import { DateTimeSchema } from '../models/DateTime';

/** The time ranges a STAC collection covers; `null` is an open end. */
export const TimeIntervalSchema = z.object({
  interval: z.array(z.tuple([DateTimeSchema.nullable(), DateTimeSchema.nullable()])).min(1),
});
export type TimeInterval = z.infer<typeof TimeIntervalSchema>;
