import { brand, hasBrand } from './brand';
import { DispatchError } from './DispatchError';

const NAME = 'DispatchNetworkError';

/** The request never got an HTTP answer: refused, reset or closed connection, DNS failure... */
export class DispatchNetworkError extends DispatchError {
  override readonly name: string = NAME;

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    brand(this, NAME);
  }
}

/** Whether `error` is a failure to reach the service; its `cause` is what `fetch` threw. */
export const isDispatchNetworkError = (error: unknown): error is DispatchNetworkError =>
  error instanceof DispatchNetworkError || hasBrand(error, NAME);
