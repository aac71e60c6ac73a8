import { bearerChallenge } from './httpHeaders';

/**
 * The answers FastAPI itself gives, before any route of the service runs: a plain
 * `{"detail": <detail>}` body (`DetailResponseSchema`), not the `ErrorResponse` envelope.
 */
export const fastApiErrors = {
  /** A secured operation called without an `Authorization` header. */
  NOT_AUTHENTICATED: { status: 401, detail: 'Not authenticated', headers: bearerChallenge },
  /** A path the service does not have. */
  NOT_FOUND: { status: 404, detail: 'Not Found' },
  /** A path the service has, with a method it does not answer. */
  METHOD_NOT_ALLOWED: { status: 405, detail: 'Method Not Allowed' },
  /** A JSON body that does not parse (Starlette's words). */
  BODY_NOT_PARSED: { status: 400, detail: 'There was an error parsing the body' },
} as const satisfies Record<
  string,
  { status: number; detail: string; headers?: Readonly<Record<string, string>> }
>;

export type FastApiError = keyof typeof fastApiErrors;
