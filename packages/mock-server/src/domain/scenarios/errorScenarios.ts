import { authFailureTemplates, metadataOf } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import { knownError } from '../errors/knownErrors';
import type { MockHttpError } from '../errors/MockHttpError';

/** The failures `Prefer: error=<name>` stages, each as the service gives it. */
export const ERROR_SCENARIOS = [
  'not-linked',
  'idp-unreachable',
  'exchange-not-configured',
  'platform-unauthorized',
  'platform-forbidden',
  'unexpected',
] as const;
export type ErrorScenario = (typeof ERROR_SCENARIOS)[number];

/** Thrown for `error=unexpected`: a failure no route catches. */
export class StagedUnexpectedFailure extends Error {
  override readonly name = 'StagedUnexpectedFailure';
}

// The identity provider's account page is a deployment setting of the service (its Keycloak
// host and realm); the mock names one of its own.
const ACCOUNT_PAGE = 'https://auth.apex.esa.int/realms/apex/account';

// What the mock's platform says when it refuses the exchanged token (the service passes it on).
const PLATFORM_MESSAGE = {
  401: 'Invalid authentication token.',
  403: 'Permission denied: the user may not use this backend.',
} as const;

/**
 * Whether the route talks to a platform with a token exchanged for the user's, where these
 * failures arise: the routes about one request or record (a body or a path id) that have a
 * failure message of their own, and those with FastAPI error bodies. Listing the user's jobs
 * (`GET /jobs_status`) reads the database only, although it has a failure message.
 */
export function reachesPlatform(route: AppRoute): boolean {
  const metadata = metadataOf(route);
  const aboutOne = 'body' in route || route.path.includes(':');
  return (metadata.failureMessage !== undefined && aboutOne) || metadata.detailErrors === true;
}

/**
 * The error a token exchange or a platform's refusal gives on `route` (`provider` names the
 * platform), as the service answers it: AUTHENTICATION_FAILED, without WWW-Authenticate.
 */
export function scenarioError(
  route: AppRoute,
  scenario: Exclude<ErrorScenario, 'unexpected'>,
  provider: string,
  jobId?: string,
): MockHttpError {
  const failed = (status: number, message: string) =>
    knownError('AUTHENTICATION_FAILED', { status, message });
  const platformRefusal = (status: 401 | 403) =>
    failed(
      status,
      route.method === 'GET'
        ? authFailureTemplates.resultsRefused(jobId ?? '', PLATFORM_MESSAGE[status])
        : authFailureTemplates.executionRefused(PLATFORM_MESSAGE[status]),
    );
  switch (scenario) {
    case 'not-linked':
      return failed(401, authFailureTemplates.notLinked(provider, ACCOUNT_PAGE));
    case 'idp-unreachable':
      return failed(502, authFailureTemplates.providerUnreachable(provider));
    case 'exchange-not-configured':
      return failed(500, authFailureTemplates.exchangeNotConfigured);
    case 'platform-unauthorized':
      return platformRefusal(401);
    case 'platform-forbidden':
      return platformRefusal(403);
  }
}
