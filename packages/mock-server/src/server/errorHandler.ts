import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { internalError } from '../errors/knownErrors';
import { isMockHttpError, MockHttpError } from '../errors/MockHttpError';
import { sendError } from '../errors/sendError';

type HttpishError = { status?: unknown; type?: unknown; limit?: unknown };

/** body-parser's errors carry an HTTP status and a `type`. */
function fromBodyParser(error: HttpishError): MockHttpError | undefined {
  if (error.type === 'entity.too.large') {
    return new MockHttpError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the limit of ${String(error.limit)} bytes.`,
      { details: { limit: error.limit } },
    );
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new MockHttpError(error.status, 'BAD_REQUEST', 'The request body could not be read.');
  }
  return undefined;
}

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
    const known = typeof error === 'object' && error !== null ? fromBodyParser(error) : undefined;
    if (known) {
      sendError(res, known);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
    sendError(res, internalError());
  };
}
