import { metadataOf } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { MockResponse } from '../MockResponse';
import { paramsFailure } from '../params/paramsFailure';
import {
  type ErrorScenario,
  reachesPlatform,
  StagedUnexpectedFailure,
  scenarioError,
} from '../scenarios/errorScenarios';
import { preferredError } from '../scenarios/preferredError';
import { jsonAnswer } from './answers';

/**
 * `Prefer: code=NNN` answers the route's documented error (thrown) or 503 body (returned) for
 * that code instead of the route's result; undefined lets the route answer.
 */
export function preferredCodeAnswer(
  route: AppRoute,
  code: number | undefined,
): MockResponse | undefined {
  const answer = code === undefined ? undefined : preferredError(route, code);
  if (answer === undefined) return undefined;
  if (answer.kind === 'error') throw answer.error;
  return jsonAnswer(answer.status, answer.body);
}

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

const STAGED_UNEXPECTED = 'Unexpected failure asked for by the Prefer header.';

/**
 * `Prefer: error=<scenario>` stages a failure the service gives once the request is
 * authenticated and valid: a token exchange or platform refusal (on the routes that reach a
 * platform; `POST /params` wraps it in its 500), or an uncaught failure (on any route).
 */
export function stageScenario(
  route: AppRoute,
  scenario: ErrorScenario | undefined,
  request: { body: unknown; params: Record<string, string> },
): void {
  if (scenario === undefined || !bodyIsValid(route, request.body)) return;
  if (scenario === 'unexpected') throw new StagedUnexpectedFailure(STAGED_UNEXPECTED);
  if (!reachesPlatform(route)) return;
  const failure = scenarioError(route, scenario, providerOf(request.body), request.params.job_id);
  if (metadataOf(route).detailErrors) {
    throw paramsFailure(`${failure.errorCode}: ${failure.message}`);
  }
  throw failure;
}
