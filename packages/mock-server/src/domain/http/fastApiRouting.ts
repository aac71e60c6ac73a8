import { fastApiError } from '../errors/fastApiError';
import type { MockResponse } from '../MockResponse';
import { NO_BODY } from './answers';
import { type ContractOperation, matchContractPath } from './contractRoutes';

/** Where a request goes: a contract operation with its path parameters, or elsewhere. */
export type Routed =
  | {
      readonly kind: 'operation';
      readonly operation: ContractOperation;
      readonly params: Record<string, string>;
    }
  | { readonly kind: 'answer'; readonly response: MockResponse }
  | { readonly kind: 'elsewhere' };

/**
 * What Starlette's router does with a decoded path: a known path asked with another method is
 * FastAPI's 405 (HEAD included: FastAPI routes do not answer it), and a path with a trailing
 * slash whose slash-less form is a route is redirected there with 307 (`redirect_slashes`),
 * query string kept. Anything else is left to the mock's other pages.
 */
export function routeRequest(method: string, path: string, query: string, baseUrl: string): Routed {
  const match = matchContractPath(path);
  if (match !== undefined) {
    const operation = match.operations.find((candidate) => candidate.route.method === method);
    if (operation !== undefined) return { kind: 'operation', operation, params: match.params };
    // Starlette answers with the Allow of the first route registered at the path.
    throw fastApiError('METHOD_NOT_ALLOWED', { Allow: match.operations[0]?.route.method ?? '' });
  }
  if (path.length > 1 && path.endsWith('/')) {
    const target = path.replace(/\/+$/, '');
    if (target !== '' && matchContractPath(target) !== undefined) {
      return {
        kind: 'answer',
        response: {
          status: 307,
          headers: { location: `${baseUrl}${encodeURI(target)}${query}` },
          body: NO_BODY,
        },
      };
    }
  }
  return { kind: 'elsewhere' };
}
