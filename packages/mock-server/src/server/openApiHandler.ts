import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import type { RequestHandler } from 'express';

/** Serves the contract's OpenAPI document, generated once, on first request. */
export function openApiHandler(): RequestHandler {
  let document: string | undefined;
  return (_req, res) => {
    document ??= JSON.stringify(buildOpenApiDocument());
    res.type('json').send(document);
  };
}
