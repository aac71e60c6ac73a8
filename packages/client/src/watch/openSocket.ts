import type { WebSocketConstructorLike } from './WebSocketLike';

/** What a connection delivers: a message's data, or its end. */
export type SocketEvent =
  | { kind: 'message'; data: unknown }
  | { kind: 'close'; code: number; reason: string; opened: boolean; error: unknown };

/** One WebSocket connection read as a queue of events. */
export type SocketConnection = {
  /** The next event; `undefined` once `signal` has aborted. */
  next: () => Promise<SocketEvent | undefined>;
  /** Closes the socket if it is still connecting or open. Safe to call twice. */
  close: () => void;
};

const CLOSING = 2;

/** Connects to `url` and queues what arrives, so a generator can pull it at its own pace. */
export function openSocket(
  WebSocket: WebSocketConstructorLike,
  url: string,
  signal: AbortSignal | undefined,
): SocketConnection {
  const socket = new WebSocket(url);
  const queue: SocketEvent[] = [];
  let wake: (() => void) | undefined;
  let opened = false;
  let lastError: unknown;
  const push = (event: SocketEvent) => {
    queue.push(event);
    wake?.();
  };
  // Listeners stay attached after close(): `ws` throws an 'error' nobody listens to.
  socket.addEventListener('open', () => {
    opened = true;
  });
  socket.addEventListener('error', (event) => {
    lastError = event;
  });
  socket.addEventListener('message', (event) => push({ kind: 'message', data: event.data }));
  socket.addEventListener('close', (event) =>
    push({ kind: 'close', code: event.code, reason: event.reason, opened, error: lastError }),
  );
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  return {
    next: async () => {
      while (queue.length === 0 && !signal?.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      return signal?.aborted ? undefined : queue.shift();
    },
    close: () => {
      signal?.removeEventListener('abort', onAbort);
      if (socket.readyState < CLOSING) socket.close(1000);
    },
  };
}
