import {
  timestampNormalizer,
  type WSStatusMessage,
  wsCloseCodes,
  wsHandshakeRefusal,
} from '@apex-dispatch/contract';
import type { ZodType, ZodTypeDef } from 'zod';
import { DispatchStreamError } from '../errors/DispatchStreamError';
import { jitteredDelay } from '../internal/backoff';
import { sleep } from '../internal/sleep';

import { openSocket, type SocketEvent } from './openSocket';
import type { ReconnectOptions } from './WatchOptions';
import type { WebSocketConstructorLike } from './WebSocketLike';

/** A message of a stream, as the contract's message schemas describe it, with its `data`. */
export type StreamMessage<T> = Omit<WSStatusMessage, 'data'> & { data: T | null };

/** One stream to follow, everything resolved. */
export type ChannelWatch<T> = {
  /** The stream's path, for errors (the URL holds the token). */
  path: string;
  /** The URL of a new connection; called at each connect, so the token can refresh. */
  url: () => Promise<string>;
  message: ZodType<StreamMessage<T>, ZodTypeDef, unknown>;
  validate: boolean;
  WebSocket: WebSocketConstructorLike;
  signal: AbortSignal | undefined;
  reconnect: Required<ReconnectOptions> | undefined;
  /** Whether each connection gets a fresh token (the client's `token` is a function). */
  refreshesToken: boolean;
};

type Close = Extract<SocketEvent, { kind: 'close' }>;

const NORMAL_CLOSURE = 1000;
const INVALID_PAYLOAD = 1007;
const isClose = (close: Close, { code, reason }: { code: number; reason: string }) =>
  close.code === code && close.reason === reason;

/**
 * Whether another connection would only repeat this close: no token, no such task, or a token
 * refused at the first poll. A token refused after the stream had delivered statuses has
 * expired (Keycloak's last minutes, the service checks it at every poll): a fresh one from a
 * token function may go on.
 */
const isFinal = (close: Close, freshTokenMayHelp: boolean) =>
  close.code === wsCloseCodes.MISSING_TOKEN.code ||
  isClose(close, wsCloseCodes.TASK_NOT_FOUND) ||
  (isClose(close, wsCloseCodes.AUTHENTICATION_FAILED) && !freshTokenMayHelp);

const errorText = (event: unknown): string | undefined =>
  typeof event === 'object' && event !== null && 'message' in event
    ? String(event.message)
    : undefined;

function closeError(path: string, close: Close, serverMessage: string | undefined) {
  const { code, reason, opened } = close;
  const detail = serverMessage ?? errorText(close.error);
  const message = !opened
    ? `${path}: the WebSocket handshake failed: refused (${wsHandshakeRefusal.reason}) or the service is unreachable`
    : `${path}: the stream closed with ${code}${reason ? ` ${reason}` : ''}`;
  return new DispatchStreamError({
    path,
    code,
    reason,
    serverMessage,
    opened,
    message: detail ? `${message} (${detail})` : message,
    cause: close.error,
  });
}

function readMessage<T>(watch: ChannelWatch<T>, data: unknown): StreamMessage<T> {
  let parsed: unknown;
  let cause: unknown;
  try {
    parsed = typeof data === 'string' ? JSON.parse(data) : undefined;
  } catch (error) {
    cause = error;
  }
  if (parsed !== undefined && !watch.validate) return parsed as StreamMessage<T>;
  const result = watch.message.safeParse(parsed);
  if (result.success) return result.data;
  throw new DispatchStreamError({
    path: watch.path,
    code: INVALID_PAYLOAD,
    reason: 'INVALID_MESSAGE',
    opened: true,
    message: `${watch.path}: a message does not match the contract`,
    cause: cause ?? result.error,
  });
}

const backoff = (options: Required<ReconnectOptions>, failures: number): number =>
  jitteredDelay({ initialMs: options.baseDelayMs, maxMs: options.maxDelayMs }, failures);

/**
 * Yields the `data` of every `status` message of a stream until the signal aborts, the caller
 * stops, the server closes normally or fails; the socket is closed in every case.
 */
export async function* watchChannel<T>(watch: ChannelWatch<T>): AsyncGenerator<T, void, undefined> {
  const { signal, reconnect } = watch;
  const normalize = timestampNormalizer(watch.message);
  let everOpened = false;
  let failures = 0;
  while (!signal?.aborted) {
    const url = await watch.url();
    if (signal?.aborted) return;
    const connection = openSocket(watch.WebSocket, url, signal);
    let close: Close | undefined;
    let serverMessage: string | undefined;
    let delivered = false;
    try {
      while (close === undefined) {
        const event = await connection.next();
        if (event === undefined) return;
        if (event.kind === 'close') {
          close = event;
          continue;
        }
        // Naive UTC timestamps marked as UTC, as the HTTP methods return them.
        const message = normalize(readMessage(watch, event.data));
        if (message.type === 'error') serverMessage = message.message ?? undefined;
        if (message.type === 'status' && message.data !== null) {
          failures = 0;
          delivered = true;
          yield message.data;
        }
      }
    } finally {
      connection.close();
    }
    everOpened ||= close.opened;
    if (close.code === NORMAL_CLOSURE) return;
    const error = closeError(watch.path, close, serverMessage);
    // A first connection that fails is a mistake to report; a drop later may be a blip.
    const final = isFinal(close, watch.refreshesToken && delivered);
    if (!reconnect || !everOpened || final || failures >= reconnect.retries) throw error;
    await sleep(backoff(reconnect, failures++), signal).catch(() => undefined);
  }
}
