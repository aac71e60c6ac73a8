import { z } from 'zod';

/**
 * Any JSON object, handed back as the very object it was given: a zod record rebuilds it key by
 * key and skips `__proto__`, while the service keeps every key of `parameters` as plain data.
 * Anything else fails as a record would: "Expected object, received string".
 */
export const JsonObjectSchema = z.custom<Record<string, unknown>>().superRefine((value, ctx) => {
  const received = z.getParsedType(value);
  if (received !== z.ZodParsedType.object) {
    ctx.addIssue({ code: z.ZodIssueCode.invalid_type, expected: z.ZodParsedType.object, received });
  }
});
export type JsonObject = z.infer<typeof JsonObjectSchema>;
