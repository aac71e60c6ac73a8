import type { RequestHandler, WebSocketHandler } from 'msw';
import type { MockControl } from '../domain/control/MockControl';
import type { MockServerOptions } from '../domain/MockServerOptions';

/** The address the app's client uses when `baseUrl` is not given: the CLI's, on its default port. */
export const DEFAULT_HANDLERS_BASE_URL = 'http://127.0.0.1:8000';

/** The mock's own options, and where the app's client reaches it. */
export type DispatchHandlersOptions = MockServerOptions & {
  /**
   * The API's address as the app's client has it (its `baseUrl`): an origin, such as
   * `https://dispatch.example.test`, or, in a browser, a path of the page's origin (`/`).
   * Default `http://127.0.0.1:8000`. The API is served at its root, as the service serves it.
   */
  baseUrl?: string;
};

/**
 * MSW handlers for the whole API, for `setupServer(...handlers)` (msw/node) or
 * `setupWorker(...handlers)` (msw/browser), carrying the mock they answer from.
 */
export type DispatchHandlers = Array<RequestHandler | WebSocketHandler> & {
  /** Seed, script answers, read the requests received, drive the clock. */
  readonly control: MockControl;
  /** The origin the handlers answer at, resolved: `http://127.0.0.1:8000`. */
  readonly baseUrl: string;
  /** Open streams and their pending poll timers. */
  readonly streamStats: () => { streams: number; timers: number };
  /** Closes every open stream as the service does when it shuts down (1012). */
  readonly close: () => void;
};
