import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { BodyReader, MockRequest } from '../domain/MockRequest';

/** Reads a Node request's body when the core asks, up to its limit. */
function bodyReader(req: IncomingMessage): BodyReader {
  return (limit) =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      req.on('data', (chunk: Buffer) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          chunks.length = 0;
          resolve(undefined);
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (done) return;
        done = true;
        resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size));
      });
      req.on('error', (error) => {
        if (done) return;
        done = true;
        reject(error);
      });
    });
}

/** A Node request as the core reads it; nothing is read or copied until the core needs it. */
export function toMockRequest(req: IncomingMessage): MockRequest {
  const encrypted = (req.socket as Partial<TLSSocket>).encrypted === true;
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    // Node lower-cases the names; only set-cookie, which requests do not carry, is a list.
    headers: req.headers as Record<string, string | undefined>,
    baseUrl: `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
    body: bodyReader(req),
  };
}
