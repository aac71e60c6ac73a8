import type { RequestHandler } from 'express';
import { MockHttpError } from '../errors/MockHttpError';

const tooLarge = (limit: number) =>
  new MockHttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than the limit of ${limit} bytes.`,
    { details: { limit } },
  );

/**
 * Reads a request's body into `req.body` as bytes, up to `limit` bytes (413 beyond). Like the
 * real service it neither decodes a Content-Encoding nor judges the Content-Type here; and it
 * costs a fraction of body-parser, which halves express's throughput.
 */
export function readBody(limit: number): RequestHandler {
  return (req, _res, next) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      next(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        next(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      req.body = Buffer.concat(chunks, size);
      next();
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      next(error);
    });
  };
}
