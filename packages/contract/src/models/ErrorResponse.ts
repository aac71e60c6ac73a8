import { z } from 'zod';

/** The envelope every error answer of the service uses. */
export const ErrorResponseSchema = z.object({
  status: z.string().default('error'),
  error_code: z.string().describe('Machine-readable error code, e.g. JOB_NOT_FOUND'),
  message: z.string().describe('Human-readable explanation'),
  details: z.record(z.unknown()).nullable().optional(),
  request_id: z.string().nullable().optional().describe('The X-Correlation-ID of the request'),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
