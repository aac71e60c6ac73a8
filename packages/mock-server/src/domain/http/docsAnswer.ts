import { documentPaths, MimeTypes } from '@apex-dispatch/contract';
import { fastApiError } from '../errors/fastApiError';
import type { MockRequest } from '../MockRequest';
import type { MockResponse } from '../MockResponse';
import { appendHeader, bytesAnswer, textAnswer } from './answers';

/**
 * Reads a file of the static docs site by its path inside the site (`index.html`,
 * `assets/site.js`): its bytes, or undefined when there is none. Given by the adapter that has
 * a filesystem; the core decides what to answer.
 */
export type DocsFileReader = (path: string) => Promise<Uint8Array | undefined>;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>APEx Dispatch API docs</title></head>
<body>
<h1>The docs site is not built</h1>
<p>If <code>pnpm start</code> started this server, it is building the site now: reload this
page in a few seconds. Otherwise build it with <code>pnpm --filter @apex-dispatch/docs build</code>,
then rebuild the mock server (<code>pnpm --filter @apex-dispatch/mock-server build</code>), which
ships it.</p>
<p>Meanwhile the API's OpenAPI document is at <a href="${documentPaths.openApi}">${documentPaths.openApi}</a>.</p>
</body>
</html>
`;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: MimeTypes.JSON,
  map: MimeTypes.JSON,
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
};

const typeOf = (file: string) =>
  TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';

/** Whether an Accept-Encoding header takes gzip: named (or `*`) without `q=0`. */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((entry) => {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** Whether a path is the docs site's: `/docs` and everything below it. */
export const isDocsPath = (path: string): boolean => path === '/docs' || path.startsWith('/docs/');

/**
 * Serves the static docs site through `read`, or a page saying how to build it when there is
 * no site (no reader, or no index.html). A file with a gzip copy (`file.gz`, written by the
 * docs build) goes out compressed to clients that accept gzip (every browser does).
 */
export function docsAnswers(
  read: DocsFileReader | undefined,
): (request: MockRequest, path: string) => Promise<MockResponse> {
  // Looked for at each request until it is there: `pnpm start` builds the site while the server
  // already answers.
  let built = false;
  return async (request, path) => {
    if (read && !built) built = (await read('index.html')) !== undefined;
    if (!read || !built) return textAnswer(200, NOT_BUILT_PAGE, 'text/html; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') throw fastApiError('NOT_FOUND');
    if (path === '/docs') {
      const answer = textAnswer(301, 'Redirecting to /docs/', 'text/html; charset=utf-8');
      answer.headers.location = '/docs/';
      return answer;
    }
    const inner = path.slice('/docs/'.length);
    const file = inner === '' || inner.endsWith('/') ? `${inner}index.html` : inner;
    // Dot files and parent segments are not part of the site, as with express.static.
    if (file.split('/').some((segment) => segment === '' || segment.startsWith('.'))) {
      throw fastApiError('NOT_FOUND');
    }
    const gzip = acceptsGzip(request.headers['accept-encoding'])
      ? await read(`${file}.gz`)
      : undefined;
    const bytes = gzip ?? (await read(file));
    if (bytes === undefined) throw fastApiError('NOT_FOUND');
    const answer = bytesAnswer(200, typeOf(file), bytes);
    appendHeader(answer.headers, 'vary', 'Accept-Encoding');
    if (gzip) answer.headers['content-encoding'] = 'gzip';
    return answer;
  };
}
