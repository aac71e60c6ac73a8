import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The mock API as a plain Node request listener: give it to `http.createServer`, to supertest,
 * or mount it in an express or connect app. Its type names no framework, so a consumer's
 * compiler needs no express types to check it.
 */
export type MockApp = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;
