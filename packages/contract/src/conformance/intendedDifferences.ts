/**
 * Every way the contract and the OpenAPI document we publish depart, on purpose, from the
 * service's own published document (`reference/apex-dispatch-api-0.7.2.openapi.json`). This is
 * the one list: the conformance tests fail on any difference that is not here, and on any entry
 * here that no longer differs. Where the document and the running service disagree, the
 * service wins (facts from its source, ESA-APEx/apex_dispatch_api).
 */
export type IntendedDifference = { reason: string };

/** Status codes we add to operations (`METHOD /path`; `secured` means every secured operation). */
export const addedStatuses: ReadonlyArray<
  IntendedDifference & { operation: string; statuses: number[] }
> = [
  {
    operation: 'secured',
    statuses: [401],
    reason:
      'Every secured operation answers 401: FastAPI\'s `{"detail": "Not authenticated"}` (DetailResponse) without a token, the `AUTHENTICATION_FAILED` envelope with one that fails; the document lists no 401.',
  },
  {
    operation: 'POST /sync_jobs',
    statuses: [200],
    reason:
      "The service passes the platform's status through, and openEO answers a synchronous job with 200; the document says only 201.",
  },
  {
    operation: 'POST /params',
    statuses: [500],
    reason:
      'Every failure of /params is 500 `{"detail": "An error occurred while retrieving service parameters: ..."}`, FastAPI\'s body (DetailResponse), not the envelope; the document lists no 500.',
  },
  {
    operation: 'GET /health',
    statuses: [503],
    reason: 'The service answers 503 with `"status": "error"` when its database is down.',
  },
];

/** Statuses whose body is a different component than the document says, on every operation. */
export const replacedResponseComponents: ReadonlyArray<
  IntendedDifference & { status: number; component: string }
> = [
  {
    status: 422,
    component: 'ErrorResponse',
    reason:
      "The service replaces FastAPI's validation handler: a 422 is the ErrorResponse envelope (`VALIDATION_ERROR`), never HTTPValidationError.",
  },
];

/** Operation schema differences, as the conformance comparison reports them, line for line. */
export const operationSchemaDifferences: ReadonlyArray<IntendedDifference & { line: string }> = [
  {
    line: 'GET /health 200: reference accepts anything, contract object',
    reason:
      'The document publishes no schema for /health; the service answers `{"status", "database": {"status"}}`.',
  },
  {
    line: 'POST /tiles 201.geometries[]: 7 alternatives in reference, 2 in contract',
    reason:
      'A tile is a grid cell cut to the area of interest: a Polygon or a MultiPolygon. Every answer we accept is a GeometryCollection of the document.',
  },
];

/** Component schema differences (`components.schemas`), as the comparison reports them. */
export const componentSchemaDifferences: ReadonlyArray<IntendedDifference & { line: string }> = [];

/** Differences in the rest of the document (tags, security, descriptions). */
export const documentDifferences: ReadonlyArray<IntendedDifference & { where: string }> = [
  {
    where: 'GET /health tags',
    reason:
      'The document leaves /health untagged; ours lists it under "Health" so that no operation is orphaned in the docs.',
  },
  {
    where: 'GET /jobs_status tags',
    reason:
      'The document tags it both "Upscale Tasks" and "Unit Jobs", so Swagger UI lists it twice; ours lists it once, under "Unit Jobs".',
  },
  {
    where: 'securitySchemes',
    reason:
      'The document names its scheme OAuth2AuthorizationCodeBearer; ours is `bearerAuth` (HTTP bearer): the same header, and a scheme the mock server and "try it" can fill in without an identity provider.',
  },
  {
    where: 'descriptions',
    reason:
      "Operation and field descriptions are our own, written from the service's behaviour; the document's run words together (\"hosted.For\") and say nothing of errors. Summaries and operationIds are the document's.",
  },
];
