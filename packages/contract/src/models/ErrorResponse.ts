import { z } from 'zod';
import { CORRELATION_ID_HEADER } from '../wire/httpHeaders';

/** The envelope every error answer of the service uses. */
export const ErrorResponseSchema = z.object({
  status: z.string().default('error'),
  error_code: z.string().describe('Machine-readable error code, e.g. JOB_NOT_FOUND'),
  message: z.string().describe('Human-readable explanation'),
  details: z.record(z.unknown()).nullable().optional(),
  request_id: z
    .string()
    .nullable()
    .optional()
    .describe(`The ${CORRELATION_ID_HEADER} of the request`),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
