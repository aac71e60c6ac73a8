import { z } from 'zod';
import { DetailResponseSchema } from './models/DetailResponse';
import { ErrorResponseSchema } from './models/ErrorResponse';

// The service answers errors with the ErrorResponse envelope, 422 included (the published
// document says HTTPValidationError there, but the running service does not send it). A request
// with no token at all is refused by FastAPI itself, with its plain `{"detail": ...}` body.
export const unauthorized = {
  401: z.union([ErrorResponseSchema, DetailResponseSchema]),
} as const;
export const notFound = { 404: ErrorResponseSchema } as const;
export const validationFailed = { 422: ErrorResponseSchema } as const;
export const internalError = { 500: ErrorResponseSchema } as const;
/** A route that catches its own failures and answers them with FastAPI's `{"detail"}` body. */
export const detailInternalError = { 500: DetailResponseSchema } as const;
