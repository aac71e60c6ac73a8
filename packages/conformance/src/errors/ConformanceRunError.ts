/** Why a run could not happen at all. */
export type ConformanceRunErrorCode = 'UNREACHABLE' | 'BAD_OPTIONS';

/**
 * A run that could not check anything: nothing answers at the URL, or the options are unusable
 * (a base URL that is no http(s) URL, a request file that is no job request). Drift is never
 * thrown; it is a failed check in the report.
 */
export class ConformanceRunError extends Error {
  override readonly name = 'ConformanceRunError';
  readonly code: ConformanceRunErrorCode;

  constructor(code: ConformanceRunErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Whether `error` is a `ConformanceRunError`, also across copies of this package. */
export function isConformanceRunError(error: unknown): error is ConformanceRunError {
  return error instanceof Error && error.name === 'ConformanceRunError' && 'code' in error;
}
