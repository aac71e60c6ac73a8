import { brand, hasBrand } from './brand';
import { DispatchError } from './DispatchError';

const NAME = 'DispatchTimeoutError';

/** No complete answer arrived, or the job or task waited for did not end, within `timeoutMs`. */
export class DispatchTimeoutError extends DispatchError {
  override readonly name: string = NAME;
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? `The request took longer than ${timeoutMs} ms`, options);
    brand(this, NAME);
    this.timeoutMs = timeoutMs;
  }
}

/** Whether `error` is a timeout of this client. */
export const isDispatchTimeoutError = (error: unknown): error is DispatchTimeoutError =>
  error instanceof DispatchTimeoutError || hasBrand(error, NAME);
