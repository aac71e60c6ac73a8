import { brandClassChain, nameErrorClass } from './errorClass';

/** The base of every error the client throws, so one `catch` can tell ours from the rest. */
export class DispatchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    brandClassChain(this, new.target);
  }
}

/** Whether `error` is any error of this client. */
export const isDispatchError = nameErrorClass(DispatchError, 'DispatchError');
