import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/** Where the docs site is shipped: dist/docs, next to the built server. */
export const defaultDocsDir = (): string => fileURLToPath(new URL('./docs', import.meta.url));

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>APEx Dispatch API docs</title></head>
<body>
<h1>The docs site is not built</h1>
<p>If <code>pnpm start</code> started this server, it is building the site now: reload this
page in a few seconds. Otherwise build it with <code>pnpm --filter @apex-dispatch/docs build</code>,
then rebuild the mock server (<code>pnpm --filter @apex-dispatch/mock-server build</code>), which
ships it.</p>
<p>Meanwhile the API's OpenAPI document is at <a href="/openapi.json">/openapi.json</a>.</p>
</body>
</html>
`;

/** The site's files that have a gzip copy (`file.gz`, written by the docs build), by URL path. */
function gzipCopies(docsDir: string, dir = docsDir, found = new Map<string, string>()) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) gzipCopies(docsDir, path, found);
    else if (name.endsWith('.gz')) {
      const served = `/${relative(docsDir, path.slice(0, -3)).split(sep).join('/')}`;
      found.set(served, path);
      if (served.endsWith('/index.html')) found.set(served.slice(0, -'index.html'.length), path);
    }
  }
  return found;
}

/** Whether an Accept-Encoding header takes gzip: named (or `*`) without `q=0`. */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((entry) => {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Serves the static docs site from `docsDir`, or a page saying how to build it. A file with a
 * gzip copy goes out compressed to clients that accept gzip (every browser does).
 */
export function docsHandler(docsDir: string): RequestHandler {
  // Looked for at each request until it is there: `pnpm start` builds the site while the server
  // already answers.
  let site: RequestHandler | undefined;
  return (req, res, next) => {
    site ??= existsSync(join(docsDir, 'index.html')) ? siteHandler(docsDir) : undefined;
    if (site) site(req, res, next);
    else res.status(200).type('html').send(NOT_BUILT_PAGE);
  };
}

function siteHandler(docsDir: string): RequestHandler {
  const copies = gzipCopies(docsDir);
  const files = express.static(docsDir, { fallthrough: true, index: 'index.html' });
  const compressed = express.static(docsDir, { fallthrough: true, index: false });
  return (req, res, next) => {
    const copy = copies.get(req.path);
    // `/docs` itself is left to express.static, which redirects it to `/docs/`.
    const atMountPoint = req.originalUrl.split('?')[0] === req.baseUrl;
    if (!copy || atMountPoint || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.vary('Accept-Encoding');
      files(req, res, next);
      return;
    }
    res.vary('Accept-Encoding');
    if (!acceptsGzip(req.get('Accept-Encoding'))) {
      files(req, res, next);
      return;
    }
    const original = req.path.endsWith('/') ? `${req.path}index.html` : req.path;
    res.type(extname(original));
    res.setHeader('Content-Encoding', 'gzip');
    req.url = `/${relative(docsDir, copy).split(sep).join('/')}`;
    compressed(req, res, next);
  };
}
