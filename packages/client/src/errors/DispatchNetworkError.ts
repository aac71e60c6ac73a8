import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/** The request never got an HTTP answer: refused, reset or closed connection, DNS failure... */
export class DispatchNetworkError extends DispatchError {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

/** Whether `error` is a failure to reach the service; its `cause` is what `fetch` threw. */
export const isDispatchNetworkError = nameErrorClass(DispatchNetworkError, 'DispatchNetworkError');
