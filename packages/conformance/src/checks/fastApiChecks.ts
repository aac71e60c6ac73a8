import {
  DetailResponseSchema,
  type FastApiError,
  fastApiErrors,
  metadataOf,
  wireHeaders,
} from '@apex-dispatch/contract';
import type { Answer } from '../target/Answer';
import type { Check } from './Check';
import { Drift } from './Drift';
import { expectStatus, expectValid, show } from './expect';
import { contractRoutes, operationOf, pathOf } from './routes';

/** Throws unless the answer is FastAPI's own `{"detail"}` body for `error`. */
function expectFastApiError(answer: Answer, error: FastApiError, what: string): void {
  const { status, detail } = fastApiErrors[error];
  expectStatus(answer, status, what);
  const body = expectValid(DetailResponseSchema, answer.json, `${what}: FastAPI's {"detail"}`);
  if (body.detail !== detail) throw new Drift(`${what}: detail ${show(detail)}`, show(body.detail));
}

// A path under none of the contract's: FastAPI's router finds no route for it.
const UNKNOWN_PATH = '/apex-dispatch-conformance/no-such-path';

// The first path of the contract, and a method none of its operations has.
const paths = new Map<string, Set<string>>();
for (const [, route] of contractRoutes) {
  paths.set(route.path, (paths.get(route.path) ?? new Set()).add(route.method));
}
const [knownPath, methods] = [...paths][0] ?? ['/', new Set<string>()];
const otherMethod = ['PUT', 'PATCH', 'DELETE', 'POST', 'GET'].find((m) => !methods.has(m)) ?? 'PUT';

const secured = contractRoutes.filter(([, route]) => metadataOf(route).secured);
const { name: challengeHeader, value: challenge } = wireHeaders.notAuthenticatedChallenge;

/** What FastAPI answers by itself, before any route of the service runs. */
export const fastApiChecks: Check[] = [
  {
    id: 'fastapi.not-found',
    title: `An unknown path: 404 ${JSON.stringify({ detail: fastApiErrors.NOT_FOUND.detail })}`,
    needs: [],
    run: async ({ target }) => {
      expectFastApiError(await target.request(UNKNOWN_PATH), 'NOT_FOUND', `GET ${UNKNOWN_PATH}`);
      return `GET ${UNKNOWN_PATH}: 404 as FastAPI answers it`;
    },
  },
  {
    id: 'fastapi.method-not-allowed',
    title: `A known path with another method: 405 ${JSON.stringify({ detail: fastApiErrors.METHOD_NOT_ALLOWED.detail })}`,
    needs: [],
    run: async ({ target }) => {
      const what = `${otherMethod} ${knownPath}`;
      const answer = await target.request(pathOf({ path: knownPath }), {
        method: otherMethod,
      });
      expectFastApiError(answer, 'METHOD_NOT_ALLOWED', what);
      return `${what}: 405 as FastAPI answers it`;
    },
  },
  {
    id: 'auth.not-authenticated',
    title: `Every secured operation without a token: 401 ${JSON.stringify({ detail: fastApiErrors.NOT_AUTHENTICATED.detail })} with ${challengeHeader}: ${challenge}`,
    needs: [],
    run: async ({ target }) => {
      const drifts: string[] = [];
      for (const [, route] of secured) {
        const what = operationOf(route);
        // An empty body and an unknown id: should a deployment not ask for a token, nothing changes.
        const answer = await target.request(pathOf(route), {
          method: route.method,
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        try {
          expectFastApiError(answer, 'NOT_AUTHENTICATED', what);
          const sent = answer.headers.get(challengeHeader);
          if (sent !== challenge) {
            throw new Drift(
              `${what}: ${challengeHeader}: ${challenge}`,
              `${challengeHeader}: ${show(sent ?? undefined)}`,
            );
          }
        } catch (error) {
          if (!(error instanceof Drift)) throw error;
          drifts.push(error.message);
        }
      }
      if (drifts.length > 0) {
        throw new Drift(
          `401 on all ${secured.length} secured operations`,
          `${drifts.length} otherwise: ${drifts.join(' | ')}`,
        );
      }
      return `${secured.length} of ${secured.length} secured operations refused`;
    },
  },
];
