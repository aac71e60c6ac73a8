import { ErrorResponseSchema } from './models/ErrorResponse';

// The service answers every error with the ErrorResponse envelope, 422 included (the
// published document says HTTPValidationError there, but the running service does not send it).
export const unauthorized = { 401: ErrorResponseSchema } as const;
export const notFound = { 404: ErrorResponseSchema } as const;
export const validationFailed = { 422: ErrorResponseSchema } as const;
export const internalError = { 500: ErrorResponseSchema } as const;
