import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import type { MockCore } from '../domain/createMockCore';
import type { MockApp } from './MockApp';
import { toMockRequest } from './toMockRequest';
import { writeMockResponse } from './writeMockResponse';

/**
 * The core as an express 4 app with one catch-all middleware: every request is translated for
 * the core, its answer written back. Routing and behaviour are the core's, the same over every
 * transport, which is why `@ts-rest/express` no longer routes.
 */
export function mockRequestListener(core: MockCore): MockApp {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use((req: IncomingMessage, res: ServerResponse) => {
    core.handle(toMockRequest(req)).then(
      (response) => writeMockResponse(res, response),
      () => res.destroy(),
    );
  });
  return app;
}
