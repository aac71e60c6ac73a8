import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/** No complete answer arrived, or the job or task waited for did not end, within `timeoutMs`. */
export class DispatchTimeoutError extends DispatchError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? `The request took longer than ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** Whether `error` is a timeout of this client. */
export const isDispatchTimeoutError = nameErrorClass(DispatchTimeoutError, 'DispatchTimeoutError');
