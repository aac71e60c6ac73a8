import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockCore } from '../domain/createMockCore';
import { toMockRequest } from './toMockRequest';
import { writeMockResponse } from './writeMockResponse';

/**
 * The core as a plain Node request listener: every request is translated for the core, its
 * answer written back. Routing and behaviour are the core's, the same over every transport.
 */
export function nodeRequestListener(
  core: MockCore,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    core.handle(toMockRequest(req)).then(
      (response) => writeMockResponse(res, response),
      () => res.destroy(),
    );
  };
}
