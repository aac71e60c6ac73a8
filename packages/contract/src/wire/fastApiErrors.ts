/**
 * The answers FastAPI itself gives, before any route of the service runs: a plain
 * `{"detail": <detail>}` body (`DetailResponseSchema`), not the `ErrorResponse` envelope.
 */
export const fastApiErrors = {
  /** A secured operation called without an `Authorization` header (with `WWW-Authenticate: Bearer`). */
  NOT_AUTHENTICATED: { status: 401, detail: 'Not authenticated' },
  /** A path the service does not have. */
  NOT_FOUND: { status: 404, detail: 'Not Found' },
  /** A path the service has, with a method it does not answer. */
  METHOD_NOT_ALLOWED: { status: 405, detail: 'Method Not Allowed' },
} as const satisfies Record<string, { status: number; detail: string }>;

export type FastApiError = keyof typeof fastApiErrors;
