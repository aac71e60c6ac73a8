import type { DispatchContract, RouteMetadata } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { TsRestRequestHandler } from '@ts-rest/express';
import { authenticate } from '../middleware/authenticate';
import { parsePrefer } from '../scenarios/parsePrefer';
import { preferredError } from '../scenarios/preferredError';
import { integerPathParams } from '../validation/integerPathParams';

type RouteHandler = TsRestRequestHandler<DispatchContract>;

function isSecured(route: AppRoute): boolean {
  return (route.metadata as RouteMetadata | undefined)?.secured !== false;
}

/** `Prefer: code=NNN` answers the route's documented error for that code instead. */
const preferScenario: RouteHandler = (req, res, next) => {
  const { code } = parsePrefer(req.get('Prefer'));
  if (code === undefined) {
    next();
    return;
  }
  if (code === 503 && req.tsRestRoute.path === '/health') {
    res.status(503).json({ status: 'error', database: { status: 'error' } });
    return;
  }
  const error = preferredError(req.tsRestRoute, code);
  if (error) throw error;
  next();
};

/**
 * What runs before every contract route, in the real service's order: scenarios, then the
 * bearer token (on secured routes), then the integer ids of the path.
 */
export function routeMiddleware(authEnabled: boolean): RouteHandler[] {
  const auth = authenticate(authEnabled);
  return [
    preferScenario,
    (req, res, next) => (isSecured(req.tsRestRoute) ? auth(req, res, next) : next()),
    integerPathParams,
  ];
}
