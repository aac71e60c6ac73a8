import type { RequestExample } from './examples/jobRequestExamples';

/** What each route of the contract carries beyond ts-rest's own fields, for the docs. */
export type RouteMetadata = {
  /** The upstream FastAPI operationId, which the Python client's function names come from. */
  operationId: string;
  tags: string[];
  /** Whether the operation needs `Authorization: Bearer <token>`. */
  secured: boolean;
  requestExamples?: Record<string, RequestExample>;
};

export const routeMetadata = (metadata: RouteMetadata) => metadata;
