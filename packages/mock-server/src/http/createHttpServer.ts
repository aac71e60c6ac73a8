import { createServer, type Server } from 'node:http';
import type { MockCore } from '../domain/createMockCore';
import { createStreamServer, type StreamServer } from '../ws/streamServer';
import { nodeRequestListener } from './nodeRequestListener';

/** A Node HTTP server answering with the core, its streams on the same port (`ws://host:port/ws/...`). */
export function createHttpServer(core: MockCore): { server: Server; streams: StreamServer } {
  const server = createServer(nodeRequestListener(core));
  const streams = createStreamServer(core);
  server.on('upgrade', streams.handleUpgrade);
  return { server, streams };
}
