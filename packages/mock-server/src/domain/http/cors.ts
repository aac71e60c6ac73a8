import type { MockRequest } from '../MockRequest';
import type { MockResponse } from '../MockResponse';
import { appendHeader, textAnswer } from './answers';

/** How the mock answers cross-origin requests. */
export type CorsPolicy = {
  /** Allowed origins; "*" allows any. */
  readonly origins: readonly string[];
  /** Response headers a page may read (the service exposes none). */
  readonly exposeHeaders: readonly string[];
};

// Starlette (1.7, what a 0.7.2 deployment built today installs: the service pins no version)
// spells out "*" for methods as this list, and varies a preflight on these headers.
const ALL_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, QUERY';
const PREFLIGHT_VARY =
  'Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Access-Control-Request-Private-Network';

const allows = (policy: CorsPolicy, origin: string) =>
  policy.origins.includes('*') || policy.origins.includes(origin);

/**
 * A preflight's answer, given before routing and authentication as Starlette's middleware
 * does: its plain "OK", or 400 "Disallowed CORS origin". Undefined for any other request.
 */
export function corsPreflight(policy: CorsPolicy, request: MockRequest): MockResponse | undefined {
  const origin = request.headers.origin;
  if (
    origin === undefined ||
    request.method !== 'OPTIONS' ||
    request.headers['access-control-request-method'] === undefined
  ) {
    return undefined;
  }
  const allowed = allows(policy, origin);
  const answer = textAnswer(allowed ? 200 : 400, allowed ? 'OK' : 'Disallowed CORS origin');
  const headers = answer.headers;
  appendHeader(headers, 'vary', PREFLIGHT_VARY);
  headers['access-control-allow-methods'] = ALL_METHODS;
  headers['access-control-max-age'] = '600';
  headers['access-control-allow-credentials'] = 'true';
  const requested = request.headers['access-control-request-headers'];
  if (requested !== undefined) headers['access-control-allow-headers'] = requested;
  if (allowed) headers['access-control-allow-origin'] = origin;
  return answer;
}

/**
 * The CORS headers of an answer, as the service configures Starlette's middleware: credentials
 * allowed, so the origin is echoed back when allowed (any, or a listed one), never "*".
 */
export function addCorsHeaders(
  policy: CorsPolicy,
  request: MockRequest,
  headers: Record<string, string>,
): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  headers['access-control-allow-credentials'] = 'true';
  if (policy.exposeHeaders.length > 0) {
    headers['access-control-expose-headers'] = policy.exposeHeaders.join(', ');
  }
  if (allows(policy, origin)) headers['access-control-allow-origin'] = origin;
  appendHeader(headers, 'vary', 'Origin');
}
