import WebSocket from 'ws';

/** A stream opened by a test, recording everything the server sends. */
export type RecordedStream = {
  socket: WebSocket;
  /** Every message so far, parsed from JSON. */
  messages: unknown[];
  /** Resolves with the messages once `done(messages)` holds (checked at each message). */
  until: (done: (messages: unknown[]) => boolean) => Promise<unknown[]>;
  /** Resolves with the close code and reason once the socket is closed. */
  closed: Promise<{ code: number; reason: string }>;
};

/** The `ws://` URL of a stream path of a mock server at `baseUrl`. */
export const wsUrl = (baseUrl: string, path: string) => `${baseUrl.replace(/^http/, 'ws')}${path}`;

/** Opens a stream and records it; rejects when the handshake is refused. */
export function openStream(url: string): Promise<RecordedStream> {
  const socket = new WebSocket(url);
  const messages: unknown[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const check of waiters) check();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => {
      for (const check of waiters) check();
      resolve({ code, reason: String(reason) });
    });
  });
  const until = (done: (messages: unknown[]) => boolean) =>
    new Promise<unknown[]>((resolve, reject) => {
      const check = () => {
        if (done(messages)) {
          waiters.delete(check);
          resolve(messages);
        } else if (socket.readyState === WebSocket.CLOSED) {
          waiters.delete(check);
          reject(new Error(`Stream closed after ${messages.length} messages`));
        }
      };
      waiters.add(check);
      check();
    });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, messages, until, closed }));
    socket.on('error', reject);
  });
}

/** The HTTP status with which the server refuses a handshake, or 101 if it accepts it. */
export function handshakeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('upgrade', (response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      socket.terminate();
    });
    socket.on('error', reject);
  });
}
