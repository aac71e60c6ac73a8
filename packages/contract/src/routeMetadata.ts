import type { knownErrors } from './wire/knownErrors';

/**
 * What each route of the contract carries beyond ts-rest's own fields. The client, the mock
 * server and the OpenAPI builder read these facts from here; none of them compares paths.
 */
export type RouteMetadata = {
  /** The upstream FastAPI operationId, which the Python client's function names come from. */
  operationId: string;
  tags: string[];
  /** Whether the operation needs `Authorization: Bearer <token>`. */
  secured: boolean;
  /** Whether sending the request twice has the effect of sending it once: safe to retry. */
  idempotent: boolean;
  /**
   * Set when a success answers the process's own output, passed through from the platform with
   * its status, body and Content-Type, instead of a JSON document of the contract.
   */
  rawResult?: true;
  /** The message of the route's 500 `INTERNAL_ERROR` envelope, as the service words it. */
  failureMessage?: string;
  /** Whether the service answers this route's failures with FastAPI's `{"detail"}` body. */
  detailErrors?: true;
  /** The error code of the route's 404: which kind of record its path id names. */
  notFoundError?: Extract<keyof typeof knownErrors, 'JOB_NOT_FOUND' | 'TASK_NOT_FOUND'>;
};

// Generic so that a route's type keeps its literal facts (`rawResult: true`, `secured: false`):
// the client types a raw result's answer from them.
export const routeMetadata = <M extends RouteMetadata>(metadata: M): M => metadata;

/** The metadata of a contract route (every route of `dispatchContract` has it). */
export function metadataOf(route: { metadata?: unknown }): RouteMetadata {
  return route.metadata as RouteMetadata;
}
