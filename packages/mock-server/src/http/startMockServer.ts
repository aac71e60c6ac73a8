import type { AddressInfo } from 'node:net';
import type { MockControl } from '../domain/control/MockControl';
import { createMockCore } from '../domain/createMockCore';
import { DEFAULT_HOST, type MockServerOptions } from '../domain/MockServerOptions';
import { createHttpServer } from './createHttpServer';
import { nodeCoreOptions, wantsOwnLogger } from './nodeCoreOptions';

/** A running mock server. */
export type MockServer = {
  /** Base URL of the API, e.g. http://127.0.0.1:8000 */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once in-flight requests are answered. */
  close: () => Promise<void>;
  /**
   * Open TCP connections, WebSocket streams and pending stream timers: all zero once every
   * client has gone, which is how a test checks that nothing leaks.
   */
  streamStats: () => Promise<{ connections: number; streams: number; timers: number }>;
  /**
   * Cuts the connection of every open WebSocket stream without a close frame (the client sees
   * 1006), as a network failure would: for testing a client's reconnection. Returns how many.
   */
  dropStreams: () => number;
  /** The test-control API: seed, script answers, read the requests received, drive the clock. */
  control: MockControl;
};

// In-flight requests get this long to finish once close() is called.
const CLOSE_GRACE_MS = 10_000;

/** Starts a mock server on `options.host` (127.0.0.1) and `options.port` (0: a free port). */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? DEFAULT_HOST;
  // pino only when it will write: the CLI passes a logger of its own, or runs silent.
  const pino = wantsOwnLogger(options) ? (await import('pino')).default : undefined;
  const core = createMockCore(nodeCoreOptions(options, pino));
  const { server, streams } = createHttpServer(core);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  // Once closing, a connection whose last answer went out is closed at once instead of idling
  // until its keep-alive timeout, which would hold the shutdown up for seconds.
  server.on('request', (_req, res) => {
    res.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => {
      const closingStreams = streams.close();
      closing ??= new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }).then(() => closingStreams);
      return closing;
    },
    streamStats: async () => ({
      connections: await new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
      ...streams.stats(),
    }),
    dropStreams: streams.drop,
    control: core.control,
  };
}
