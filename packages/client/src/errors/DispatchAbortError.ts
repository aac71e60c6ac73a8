import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/** The caller's `AbortSignal` cancelled the request; `cause` is the signal's reason. */
export class DispatchAbortError extends DispatchError {
  constructor(options?: { cause?: unknown }) {
    super('The request was aborted', options);
  }
}

/** Whether `error` is a cancellation asked for by the caller. */
export const isDispatchAbortError = nameErrorClass(DispatchAbortError, 'DispatchAbortError');
