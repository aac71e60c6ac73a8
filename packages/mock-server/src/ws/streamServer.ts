import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { MockCore } from '../domain/createMockCore';
import type { StreamHandle } from '../domain/streams/StreamHub';

/** The WebSocket streams of one HTTP server. */
export type StreamServer = {
  /** Handles an HTTP server's `upgrade` event. */
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Closes every open stream (1012) and refuses new ones; resolves once all are closed. */
  close: () => Promise<void>;
  /** Open streams and pending poll timers. */
  stats: () => { streams: number; timers: number };
  /** Cuts every open stream's connection without a close frame, as a network failure would. */
  drop: () => number;
};

// A client that does not answer the shutdown's close frame is cut off after this long.
const CLOSE_GRACE_MS = 2000;
// A poll is skipped while this much is still waiting to go out to a slow client.
const MAX_BUFFERED_BYTES = 1 << 20;
// Clients have nothing to say on these streams; a large frame is refused (close 1009).
const MAX_PAYLOAD_BYTES = 64 * 1024;

// A refused handshake: the service closes before accepting, which a client sees as HTTP 403.
function refuse(socket: Duplex, status: number): void {
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}

/** The core's `/ws/...` streams over `ws`: sockets in, the core's messages and closes out. */
export function createStreamServer(core: MockCore): StreamServer {
  // ws loads with the first stream, not with the server: most runs never open one. Node keeps
  // an upgraded socket's data buffered until a listener reads it.
  let loading: Promise<WebSocketServer> | undefined;
  const server = () =>
    (loading ??= import('ws').then(
      ({ WebSocketServer }) =>
        new WebSocketServer({
          noServer: true,
          clientTracking: false,
          maxPayload: MAX_PAYLOAD_BYTES,
          // The service's accept() names no subprotocol, whatever the client offers.
          handleProtocols: () => false,
        }),
    ));
  const sockets = new Map<WebSocket, StreamHandle>();
  let closed: Promise<void> | undefined;
  let onEmpty: (() => void) | undefined;

  const upgrade = (
    wss: WebSocketServer,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): void => {
    const opening = core.openStream(request.url ?? '/');
    if (!opening.accepted) {
      refuse(socket, opening.status);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      ws.on('close', () => {
        sockets.get(ws)?.stop();
        sockets.delete(ws);
        if (sockets.size === 0) onEmpty?.();
      });
      const handle = opening.start({
        send: (message) => ws.send(JSON.stringify(message)),
        close: ({ code, reason }) => ws.close(code, reason),
        busy: () => ws.bufferedAmount > MAX_BUFFERED_BYTES,
      });
      if (ws.readyState === ws.OPEN) sockets.set(ws, handle);
    });
  };

  return {
    handleUpgrade: (request, socket, head) => {
      server().then(
        (wss) => upgrade(wss, request, socket, head),
        () => socket.destroy(),
      );
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        core.close();
        if (sockets.size === 0) {
          resolve();
          return;
        }
        const force = setTimeout(() => {
          for (const ws of sockets.keys()) ws.terminate();
        }, CLOSE_GRACE_MS);
        force.unref();
        onEmpty = () => {
          clearTimeout(force);
          resolve();
        };
      });
      return closed;
    },
    drop: () => {
      const count = sockets.size;
      for (const ws of sockets.keys()) ws.terminate();
      return count;
    },
    stats: core.streamStats,
  };
}
