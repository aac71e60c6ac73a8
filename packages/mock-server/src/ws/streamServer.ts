import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { userFromToken } from '../auth/userFromToken';
import { ANONYMOUS_USER } from '../middleware/authenticate';
import { openStatusStream, type StreamContext } from './openStatusStream';
import { parseStreamRequest } from './parseStreamRequest';
import { runStream, type StreamRun } from './runStream';

/** How the streams behave. */
export type StreamServerOptions = {
  /** Require `?token=` (the mock's `auth` option); off, everyone is the anonymous user. */
  auth: boolean;
  /** Factor applied to every stream's `interval`, e.g. 0.01 to poll every 100 ms for 10 s. */
  intervalScale: number;
};

/** The WebSocket streams of one HTTP server. */
export type StreamServer = {
  /** Handles an HTTP server's `upgrade` event. */
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Closes every open stream with 1001 and refuses new ones; resolves once all are closed. */
  close: () => Promise<void>;
  /** Open streams and pending poll timers. */
  stats: () => { streams: number; timers: number };
  /** Cuts every open stream's connection without a close frame, as a network failure would. */
  drop: () => number;
};

/** Code of the close that ends every stream when the server shuts down. */
export const GOING_AWAY = { code: 1001, reason: 'Server shutting down' } as const;

// A client that does not answer the shutdown's close frame is cut off after this long.
const CLOSE_GRACE_MS = 2000;
// A poll is skipped while this much is still waiting to go out to a slow client.
const MAX_BUFFERED_BYTES = 1 << 20;
// Clients have nothing to say on these streams; a large frame is refused (close 1009).
const MAX_PAYLOAD_BYTES = 64 * 1024;

// A refused handshake: the service closes before accepting, which a client sees as HTTP 403.
function refuse(socket: Duplex, status = 403): void {
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}

/** The service's `/ws/...` streams, served from `context`'s store over `ws`. */
export function createStreamServer(
  context: StreamContext,
  options: StreamServerOptions,
): StreamServer {
  if (!(options.intervalScale > 0) || !Number.isFinite(options.intervalScale)) {
    throw new Error(`Invalid wsIntervalScale: ${options.intervalScale}`);
  }
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: MAX_PAYLOAD_BYTES,
  });
  const runs = new Map<WebSocket, StreamRun>();
  let closing = false;
  let closed: Promise<void> | undefined;
  let onEmpty: (() => void) | undefined;

  const accept = (ws: WebSocket, start: (ws: WebSocket) => StreamRun) => {
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      runs.get(ws)?.stop();
      runs.delete(ws);
      if (runs.size === 0) onEmpty?.();
    });
    if (closing) ws.close(GOING_AWAY.code, GOING_AWAY.reason);
    else runs.set(ws, start(ws));
  };

  return {
    handleUpgrade: (request, socket, head) => {
      const parsed = closing ? undefined : parseStreamRequest(request.url ?? '/');
      if (!parsed || (options.auth && parsed.token === undefined)) {
        refuse(socket, closing ? 503 : 403);
        return;
      }
      const { token } = parsed;
      const user = options.auth && token ? () => userFromToken(token) : () => ANONYMOUS_USER;
      wss.handleUpgrade(request, socket, head, (ws) =>
        accept(ws, () =>
          runStream(
            openStatusStream(context, parsed, user),
            {
              send: (message) => ws.send(JSON.stringify(message)),
              close: ({ code, reason }) => ws.close(code, reason),
              busy: () => ws.bufferedAmount > MAX_BUFFERED_BYTES,
            },
            parsed.interval * 1000 * options.intervalScale,
          ),
        ),
      );
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        if (runs.size === 0) {
          resolve();
          return;
        }
        const force = setTimeout(() => {
          for (const ws of runs.keys()) ws.terminate();
        }, CLOSE_GRACE_MS);
        force.unref();
        onEmpty = () => {
          clearTimeout(force);
          resolve();
        };
        for (const [ws, run] of runs) {
          run.stop();
          ws.close(GOING_AWAY.code, GOING_AWAY.reason);
        }
      });
      return closed;
    },
    drop: () => {
      const count = runs.size;
      for (const ws of runs.keys()) ws.terminate();
      return count;
    },
    stats: () => ({
      streams: runs.size,
      timers: [...runs.values()].filter((run) => run.scheduled).length,
    }),
  };
}
