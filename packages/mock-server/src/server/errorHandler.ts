import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { unexpectedError } from '../errors/knownErrors';
import { isMockHttpError } from '../errors/MockHttpError';
import { sendError } from '../errors/sendError';

/** Answers every error in the ErrorResponse envelope; unexpected ones as a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isMockHttpError(error)) {
      sendError(res, error);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
    sendError(res, unexpectedError());
  };
}
