import { DispatchError } from './DispatchError';

/** The caller's `AbortSignal` cancelled the request; `cause` is the signal's reason. */
export class DispatchAbortError extends DispatchError {
  override readonly name: string = 'DispatchAbortError';

  constructor(options?: { cause?: unknown }) {
    super('The request was aborted', options);
  }
}

/** Whether `error` is a cancellation asked for by the caller. */
export const isDispatchAbortError = (error: unknown): error is DispatchAbortError =>
  error instanceof DispatchAbortError;
