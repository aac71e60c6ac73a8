import { z } from 'zod';
import { ErrorResponseSchema } from './models/ErrorResponse';
import { NotAuthenticatedResponseSchema } from './models/NotAuthenticatedResponse';

// The service answers errors with the ErrorResponse envelope, 422 included (the published
// document says HTTPValidationError there, but the running service does not send it). A request
// with no token at all is refused by FastAPI itself, with its plain `{"detail": ...}` body.
export const unauthorized = {
  401: z.union([ErrorResponseSchema, NotAuthenticatedResponseSchema]),
} as const;
export const notFound = { 404: ErrorResponseSchema } as const;
export const validationFailed = { 422: ErrorResponseSchema } as const;
export const internalError = { 500: ErrorResponseSchema } as const;
