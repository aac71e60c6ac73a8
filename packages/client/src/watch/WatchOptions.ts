import type { JobsFilter } from '@apex-dispatch/contract';

/** How a stream comes back after its connection dropped. */
export type ReconnectOptions = {
  /** Connections tried in a row without a status arriving, before giving up. Default 5. */
  retries?: number;
  /** Wait before the first new try; doubles each time, with full jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound of any wait. Default 30 000 ms. */
  maxDelayMs?: number;
};

/** Options of `watchUpscaleTask`. */
export type WatchOptions = {
  /** Seconds between two statuses, as the service counts them (an integer, default 10). */
  interval?: number;
  /** Ends the iteration, quietly, and closes the socket. */
  signal?: AbortSignal;
  /**
   * Connect again when the connection drops (`true` for the defaults). Never after a refused
   * handshake, an authentication failure or a missing task. Default off.
   */
  reconnect?: boolean | ReconnectOptions;
};

/** Options of `watchJobsStatus`. */
export type WatchJobsStatusOptions = WatchOptions & {
  /** Which kinds of work to list; default both. */
  filter?: JobsFilter[];
};
