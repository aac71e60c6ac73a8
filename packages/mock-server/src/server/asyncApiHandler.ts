import { buildAsyncApiDocument } from '@apex-dispatch/contract/openapi';
import type { RequestHandler } from 'express';

/** Serves the contract's AsyncAPI document of the WebSocket streams, generated on first request. */
export function asyncApiHandler(): RequestHandler {
  let document: string | undefined;
  return (_req, res) => {
    document ??= JSON.stringify(buildAsyncApiDocument());
    res.type('json').send(document);
  };
}
