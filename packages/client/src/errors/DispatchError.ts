import { brand, hasBrand } from './brand';

const NAME = 'DispatchError';
/** The base of every error the client throws, so one `catch` can tell ours from the rest. */
export class DispatchError extends Error {
  override readonly name: string = NAME;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    brand(this, NAME);
  }
}

/** Whether `error` is any error of this client. */
export const isDispatchError = (error: unknown): error is DispatchError =>
  error instanceof DispatchError || hasBrand(error, NAME);
