import type { RetryOptions } from './RetryOptions';
import type { WebSocketConstructorLike } from './watch/WebSocketLike';

/** A token, or a function giving the current one; it is called before every request. */
export type TokenProvider =
  | string
  | (() => string | null | undefined | Promise<string | null | undefined>);

/** The subset of `fetch` the client uses, so a test double or a wrapped fetch fits. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of `createDispatchClient`. */
export type DispatchClientOptions = {
  /** Where the API lives, e.g. `https://dispatch-api.example.test` (a path prefix is kept). */
  baseUrl: string;
  /**
   * The access token; a function is called for each request (and each stream connection), so
   * tokens can refresh. A token that already starts with `Bearer ` is sent as it is, not as
   * `Bearer Bearer …`.
   */
  token?: TokenProvider;
  /** Header that carries the token. Default `Authorization`. */
  authHeaderName?: string;
  /** Put before the token with a space. Default `Bearer`; `''` sends the raw token. */
  authPrefix?: string;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** Abort an attempt with `DispatchTimeoutError` after this long. Default: no timeout. */
  timeoutMs?: number;
  /** `true` for the default policy, or its settings. Default: no retries. */
  retry?: boolean | RetryOptions;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Check success bodies against the contract. Default `true`. */
  validateResponses?: boolean;
  /**
   * The WebSocket class for `watchJobsStatus` and `watchUpscaleTask`. Default: the global one
   * (browsers, Node 22+); in Node 20 pass the `ws` package's.
   */
  WebSocket?: WebSocketConstructorLike;
};
