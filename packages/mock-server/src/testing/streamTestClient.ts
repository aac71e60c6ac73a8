import WebSocket from 'ws';
import { type RecordedStream, recorder } from './RecordedStream';

export type { RecordedStream } from './RecordedStream';

/** A recorded stream over a socket, which a test may also cut (`socket.terminate()`). */
export type SocketStream = RecordedStream & { readonly socket: WebSocket };

/** The `ws://` URL of a stream path of a mock server at `baseUrl`. */
export const wsUrl = (baseUrl: string, path: string) => `${baseUrl.replace(/^http/, 'ws')}${path}`;

/** Opens a stream over a socket and records it; rejects when the handshake is refused. */
export function openStream(url: string, protocols?: string[]): Promise<SocketStream> {
  const socket = new WebSocket(url, protocols);
  const recording = recorder();
  socket.on('message', (data) => recording.message(JSON.parse(String(data))));
  socket.on('close', (code, reason) => recording.closed(code, String(reason)));
  return new Promise((resolve, reject) => {
    socket.once('open', () =>
      resolve({
        ...recording.stream,
        socket,
        get open() {
          return socket.readyState === WebSocket.OPEN;
        },
        close: () => socket.close(),
      }),
    );
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
