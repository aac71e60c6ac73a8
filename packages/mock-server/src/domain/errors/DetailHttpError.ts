/**
 * An answer with FastAPI's own body, `{"detail": "..."}`, which the service sends where no
 * handler of its own wraps the error in the ErrorResponse envelope (unknown paths, wrong methods,
 * a missing token, every failure of `POST /params`).
 */
export class DetailHttpError extends Error {
  override readonly name = 'DetailHttpError';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    detail: string,
    options: { headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail, { cause: options.cause });
    this.status = status;
    this.headers = options.headers ?? {};
  }

  /** The body FastAPI sends. */
  get body(): { detail: string } {
    return { detail: this.message };
  }
}

/** Whether a value is a DetailHttpError. */
export const isDetailHttpError = (value: unknown): value is DetailHttpError =>
  value instanceof DetailHttpError;
