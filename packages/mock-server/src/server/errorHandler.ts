import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { isDetailHttpError } from '../errors/DetailHttpError';
import { unexpectedError } from '../errors/knownErrors';
import { isMockHttpError } from '../errors/MockHttpError';
import { sendError } from '../errors/sendError';

// The service's handler of last resort runs outside its correlation and CORS middleware, so
// its 500 carries neither header (the body still names the request's id).
function dropMiddlewareHeaders(res: Response): void {
  for (const name of res.getHeaderNames()) {
    if (name === 'x-correlation-id' || name === 'vary' || name.startsWith('access-control-')) {
      res.removeHeader(name);
    }
  }
}

/**
 * Answers every error: the ErrorResponse envelope for the service's own errors, FastAPI's
 * `{"detail"}` body for FastAPI's, and `INTERNAL_SERVER_ERROR` (logged, never leaked) for
 * anything else.
 */
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
    if (isDetailHttpError(error)) {
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      res.status(error.status).json(error.body);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
    dropMiddlewareHeaders(res);
    sendError(res, unexpectedError());
  };
}
