/** An answer in the ErrorResponse envelope, thrown from anywhere in a request's handling. */
export class MockHttpError extends Error {
  override readonly name = 'MockHttpError';
  readonly status: number;
  readonly errorCode: string;
  readonly details: Record<string, unknown> | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    errorCode: string,
    message: string,
    options: {
      details?: Record<string, unknown> | null;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = status;
    this.errorCode = errorCode;
    this.details = options.details ?? null;
    this.headers = options.headers ?? {};
  }
}

/** Whether a value is a MockHttpError. */
export const isMockHttpError = (value: unknown): value is MockHttpError =>
  value instanceof MockHttpError;
