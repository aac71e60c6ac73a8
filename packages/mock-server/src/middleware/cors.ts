import type { RequestHandler } from 'express';

/** How the mock answers cross-origin requests. */
export type CorsOptions = {
  /** Allowed origins; "*" allows any. */
  origins: readonly string[];
  /** Response headers a page may read (the service exposes none). */
  exposeHeaders: readonly string[];
};

// Starlette spells out "*" for methods as this list.
const ALL_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';

/**
 * CORS as the service configures Starlette's middleware: credentials allowed, any method and
 * header, the listed origins (echoed back, or "*" when any is allowed and no cookie is sent).
 * A preflight is answered here, before routing and authentication, with Starlette's plain
 * "OK" (or 400 "Disallowed CORS origin").
 */
export function cors({ origins, exposeHeaders }: CorsOptions): RequestHandler {
  const anyOrigin = origins.includes('*');
  const allowed = (origin: string) => anyOrigin || origins.includes(origin);
  return (req, res, next) => {
    const origin = req.get('Origin');
    if (origin === undefined) {
      next();
      return;
    }
    if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method') !== undefined) {
      res.vary('Origin');
      res.setHeader('Access-Control-Allow-Methods', ALL_METHODS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      const requested = req.get('Access-Control-Request-Headers');
      if (requested !== undefined) res.setHeader('Access-Control-Allow-Headers', requested);
      res.type('text/plain');
      if (!allowed(origin)) {
        res.status(400).send('Disallowed CORS origin');
        return;
      }
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.status(200).send('OK');
      return;
    }
    if (anyOrigin) res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (exposeHeaders.length > 0) {
      res.setHeader('Access-Control-Expose-Headers', exposeHeaders.join(', '));
    }
    if ((anyOrigin && req.get('Cookie') !== undefined) || (!anyOrigin && allowed(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.vary('Origin');
    }
    next();
  };
}
