import { z } from 'zod';

/** One validation problem, in pydantic's shape. */
export const ValidationErrorSchema = z.object({
  loc: z.array(z.union([z.string(), z.number().int()])),
  msg: z.string(),
  type: z.string(),
  input: z.unknown().optional(),
  ctx: z.record(z.unknown()).optional(),
});
export type ValidationError = z.infer<typeof ValidationErrorSchema>;
