import type { ErrorResponse } from '@apex-dispatch/contract';
import type { Response } from 'express';
import { correlationIdOf } from '../middleware/correlationId';
import type { MockHttpError } from './MockHttpError';

/** The ErrorResponse envelope for an error, carrying the request's correlation id. */
export function errorBody(error: MockHttpError, requestId: string): ErrorResponse {
  return {
    status: 'error',
    error_code: error.errorCode,
    message: error.message,
    details: error.details,
    request_id: requestId,
  };
}

/** Answers an error in the ErrorResponse envelope. */
export function sendError(res: Response, error: MockHttpError): void {
  for (const [name, value] of Object.entries(error.headers)) {
    res.setHeader(name, value);
  }
  res.status(error.status).json(errorBody(error, correlationIdOf(res)));
}
