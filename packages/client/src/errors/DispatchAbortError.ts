import { brand, hasBrand } from './brand';
import { DispatchError } from './DispatchError';

const NAME = 'DispatchAbortError';

/** The caller's `AbortSignal` cancelled the request; `cause` is the signal's reason. */
export class DispatchAbortError extends DispatchError {
  override readonly name: string = NAME;

  constructor(options?: { cause?: unknown }) {
    super('The request was aborted', options);
    brand(this, NAME);
  }
}

/** Whether `error` is a cancellation asked for by the caller. */
export const isDispatchAbortError = (error: unknown): error is DispatchAbortError =>
  error instanceof DispatchAbortError || hasBrand(error, NAME);
