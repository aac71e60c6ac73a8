import type { DispatchContract } from '@apex-dispatch/contract';
import { metadataOf } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { TsRestRequestHandler } from '@ts-rest/express';
import { authenticate } from '../middleware/authenticate';
import { paramsFailure } from '../params/paramsFailure';
import {
  reachesPlatform,
  StagedUnexpectedFailure,
  scenarioError,
} from '../scenarios/errorScenarios';
import { parsePrefer } from '../scenarios/parsePrefer';
import { preferredError } from '../scenarios/preferredError';
import { integerPathParams } from '../validation/integerPathParams';
import { laxBody } from '../validation/laxBody';

type RouteHandler = TsRestRequestHandler<DispatchContract>;

/** `Prefer: code=NNN` answers the route's documented error (or 503 body) for that code instead. */
const preferCode: RouteHandler = (req, res, next) => {
  const { code } = parsePrefer(req.get('Prefer'));
  const answer = code === undefined ? undefined : preferredError(req.tsRestRoute, code);
  if (answer === undefined) {
    next();
    return;
  }
  if (answer.kind === 'error') throw answer.error;
  res.status(answer.status).json(answer.body);
};

// The platform a request's token would be exchanged for, named by its service's host.
function providerOf(body: unknown): string {
  const service =
    typeof body === 'object' && body !== null && 'service' in body ? body.service : undefined;
  const endpoint =
    typeof service === 'object' && service !== null && 'endpoint' in service
      ? service.endpoint
      : undefined;
  if (typeof endpoint === 'string' && URL.canParse(endpoint)) return new URL(endpoint).hostname;
  return 'the platform';
}

function bodyIsValid(route: AppRoute, body: unknown): boolean {
  if (!('body' in route)) return true;
  const schema = route.body as { safeParse?: (value: unknown) => { success: boolean } };
  return schema.safeParse?.(body).success ?? true;
}

/**
 * `Prefer: error=<scenario>` stages a failure the service gives once the request is
 * authenticated and valid: a token exchange or platform refusal (on the routes that reach a
 * platform; `POST /params` wraps it in its 500), or an uncaught failure (on any route).
 */
const preferError: RouteHandler = (req, _res, next) => {
  const { error } = parsePrefer(req.get('Prefer'));
  const route: AppRoute = req.tsRestRoute;
  if (error === undefined || !bodyIsValid(route, req.body)) {
    next();
    return;
  }
  if (error === 'unexpected') throw new StagedUnexpectedFailure(STAGED_UNEXPECTED);
  if (!reachesPlatform(route)) {
    next();
    return;
  }
  const jobId = typeof req.params.job_id === 'string' ? req.params.job_id : undefined;
  const failure = scenarioError(route, error, providerOf(req.body), jobId);
  if (metadataOf(route).detailErrors) {
    throw paramsFailure(`${failure.errorCode}: ${failure.message}`);
  }
  throw failure;
};

const STAGED_UNEXPECTED = 'Unexpected failure asked for by the Prefer header.';

/**
 * What runs before every contract route, in the real service's order: `code=` scenarios, then
 * the bearer token (on secured routes), the integer ids of the path, the body as pydantic's lax mode reads it, then `error=`
 * scenarios.
 */
export function routeMiddleware(authEnabled: boolean): RouteHandler[] {
  const auth = authenticate(authEnabled);
  return [
    preferCode,
    (req, res, next) => (metadataOf(req.tsRestRoute).secured ? auth(req, res, next) : next()),
    integerPathParams,
    laxBody,
    preferError,
  ];
}
