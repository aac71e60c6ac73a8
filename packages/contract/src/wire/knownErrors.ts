/**
 * The error codes the service answers with in its `ErrorResponse` envelope, each with its HTTP
 * status and exact message, as the service's source (`app/error.py`, `app/main.py`) sets them.
 * The mock answers from this map and the docs document it; nothing restates these strings.
 */
export const knownErrors = {
  JOB_NOT_FOUND: { status: 404, message: 'The requested job was not found.' },
  TASK_NOT_FOUND: { status: 404, message: 'The requested task was not found.' },
  AUTHENTICATION_FAILED: {
    status: 401,
    message: 'Could not validate credentials. Please retry signing in.',
  },
  VALIDATION_ERROR: { status: 422, message: 'Request validation failed.' },
  /** A route's own failure; the route's `failureMessage` (route metadata) replaces this text. */
  INTERNAL_ERROR: { status: 500, message: 'An internal server error occurred.' },
  /** A failure no route caught. */
  INTERNAL_SERVER_ERROR: { status: 500, message: 'An unexpected error occurred.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type KnownErrorCode = keyof typeof knownErrors;
