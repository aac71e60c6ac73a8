import { z } from 'zod';

/** The answer of `GET /health`; the document publishes no schema for it. */
export const HealthResponseSchema = z
  .object({
    status: z.string().describe('"ok" when the service is healthy'),
    database: z.object({ status: z.string() }).passthrough().optional(),
  })
  .passthrough();
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
