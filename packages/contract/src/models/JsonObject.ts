import { z } from 'zod';

/** Any JSON object; its keys are kept as they are, whatever they are named. */
export const JsonObjectSchema = z.record(z.unknown());
export type JsonObject = z.infer<typeof JsonObjectSchema>;
