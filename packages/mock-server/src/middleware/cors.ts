import type { RequestHandler } from 'express';

const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer, X-Correlation-ID';

/**
 * CORS for browser apps: any origin by default ("*"), or only the listed ones. Preflights are
 * answered here, before authentication, as browsers never send credentials with them.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes('*');
  return (req, res, next) => {
    const origin = req.get('Origin');
    if (anyOrigin) {
      res.setHeader('Access-Control-Allow-Origin', '*');
    } else {
      res.vary('Origin');
      if (origin !== undefined && origins.includes(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
      }
    }
    res.setHeader('Access-Control-Expose-Headers', 'X-Correlation-ID');
    const preflight = req.method === 'OPTIONS' && req.get('Access-Control-Request-Method');
    if (!preflight) {
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader(
      'Access-Control-Allow-Headers',
      req.get('Access-Control-Request-Headers') ?? DEFAULT_ALLOWED_HEADERS,
    );
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
