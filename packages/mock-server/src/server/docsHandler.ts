import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/** Where the docs site is shipped: dist/docs, next to the built server. */
export const defaultDocsDir = (): string => fileURLToPath(new URL('./docs', import.meta.url));

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>APEx Dispatch API docs</title></head>
<body>
<h1>The docs site is not built</h1>
<p>Build it with <code>pnpm --filter @apex-dispatch/docs build</code>, then rebuild the mock
server (<code>pnpm --filter @apex-dispatch/mock-server build</code>), which ships it.</p>
<p>Meanwhile the API's OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</p>
</body>
</html>
`;

/** Serves the static docs site from `docsDir`, or a page saying how to build it. */
export function docsHandler(docsDir: string): RequestHandler {
  if (existsSync(join(docsDir, 'index.html'))) {
    return express.static(docsDir, { fallthrough: true, index: 'index.html' });
  }
  return (_req, res) => {
    res.status(200).type('html').send(NOT_BUILT_PAGE);
  };
}
