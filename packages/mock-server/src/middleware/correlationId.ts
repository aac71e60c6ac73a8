import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

export const CORRELATION_HEADER = 'X-Correlation-ID';

// A client's id is echoed as is, unless it could not be a header value we send back.
const ACCEPTABLE_ID = /^[\x21-\x7e]{1,200}$/;

/** Gives every response an X-Correlation-ID: the client's own, else a new UUID. */
export const correlationId: RequestHandler = (req, res, next) => {
  const sent = req.get(CORRELATION_HEADER);
  const id = sent !== undefined && ACCEPTABLE_ID.test(sent) ? sent : randomUUID();
  res.locals.correlationId = id;
  res.setHeader(CORRELATION_HEADER, id);
  next();
};

/** The correlation id given to this response. */
export function correlationIdOf(res: Response): string {
  const id: unknown = res.locals.correlationId;
  return typeof id === 'string' ? id : '';
}
