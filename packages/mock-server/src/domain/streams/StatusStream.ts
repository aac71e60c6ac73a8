/** How a stream ends: a close frame's code and reason. */
export type StreamClose = { readonly code: number; readonly reason: string };

/** What one poll sends, and the close that follows when the poll failed. */
export type StreamPoll<M> = { readonly messages: readonly M[]; readonly close?: StreamClose };

/**
 * A stream's messages, free of any transport and of time: `init()` once accepted, then
 * `poll()` every interval. The WebSocket adapter (streamServer.ts) supplies sockets and timers.
 */
export type StatusStream<M> = {
  readonly init: () => M;
  readonly poll: () => StreamPoll<M>;
};
