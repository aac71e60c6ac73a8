import type { Request, RequestHandler } from 'express';
import { fastApiError } from '../errors/fastApiError';
import { contractMethodsAt } from './contractPaths';
import { pythonUnquote } from './pythonUnquote';

// A path express cannot decode (`/unit_jobs/%E0`) is given to it re-encoded from what
// Starlette reads there, so that the route answers it (a 422 for that id) instead of a 500.
function readableUrl(req: Request): void {
  const query = req.url.indexOf('?');
  const path = query === -1 ? req.url : req.url.slice(0, query);
  try {
    decodeURIComponent(path);
  } catch {
    const segments = pythonUnquote(path).split('/').map(encodeURIComponent);
    req.url = `${segments.join('/')}${query === -1 ? '' : req.url.slice(query)}`;
  }
}

/**
 * What Starlette's router does before any route runs: a known path asked with another method
 * is FastAPI's 405 (HEAD included: FastAPI routes do not answer it), and a path with a
 * trailing slash whose slash-less form is a route is redirected there with 307
 * (`redirect_slashes`), query string kept. Anything else goes on.
 */
export const fastApiRouting: RequestHandler = (req, res, next) => {
  readableUrl(req);
  const methods = contractMethodsAt(req.path);
  if (methods !== undefined) {
    if (methods.includes(req.method)) {
      next();
      return;
    }
    // Starlette answers with the Allow of the first route registered at the path.
    throw fastApiError('METHOD_NOT_ALLOWED', { Allow: methods[0] ?? '' });
  }
  if (req.path.length > 1 && req.path.endsWith('/')) {
    const target = req.path.replace(/\/+$/, '');
    if (target !== '' && contractMethodsAt(target) !== undefined) {
      const query = req.originalUrl.includes('?')
        ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
        : '';
      res
        .status(307)
        .setHeader('Location', `${req.protocol}://${req.get('Host')}${target}${query}`);
      res.setHeader('Content-Length', '0');
      res.end();
      return;
    }
  }
  next();
};
