import type { StreamSink } from './runStream';

/** A stream the core runs for an adapter, until stopped or closed. */
export type StreamHandle = {
  /** Stops polling (the client went away); the sink is not closed. */
  readonly stop: () => void;
  /** Whether a poll is scheduled (a timer is pending). */
  readonly scheduled: boolean;
};

/**
 * What the core makes of a stream's handshake: refused with an HTTP status (the service closes
 * before accepting, which a client sees as 403), or accepted, to be started once the adapter
 * has its socket. No subprotocol is ever selected: the service's `accept()` names none.
 */
export type StreamOpening =
  | { readonly accepted: false; readonly status: number }
  | {
      readonly accepted: true;
      readonly start: (sink: StreamSink<unknown>) => StreamHandle;
    };

/** The status streams of one mock, whatever carries them. */
export type StreamHub = {
  /** The stream a handshake's URL (path and query, still encoded) asks for. */
  readonly open: (url: string) => StreamOpening;
  /** Open streams and pending poll timers. */
  readonly stats: () => { streams: number; timers: number };
  /**
   * Closes every open stream as the service does when it shuts down (1012, empty reason) and
   * refuses new ones (HTTP 503).
   */
  readonly close: () => void;
};
