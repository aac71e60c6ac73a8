import express from 'express';
import type { MockCore } from '../domain/createMockCore';
import type { MockApp } from './MockApp';
import { nodeRequestListener } from './nodeRequestListener';

/**
 * The core as an express 4 app, for mounting in an express or connect app: one catch-all
 * middleware, the plain listener's. Routing and behaviour are the core's, which is why
 * `@ts-rest/express` no longer routes; the mock's own server needs no express at all.
 */
export function expressMockApp(core: MockCore): MockApp {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(nodeRequestListener(core));
  return app;
}
