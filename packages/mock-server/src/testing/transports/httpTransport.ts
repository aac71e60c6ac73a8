import { startMockServer } from '../../http/startMockServer';
import { handshakeStatus, openStream, wsUrl } from '../streamTestClient';
import type { MockTransport } from './MockTransport';

/** The mock as the CLI serves it: node:http over a socket on 127.0.0.1, streams over `ws`. */
export const httpTransport: MockTransport = async (options) => {
  const server = await startMockServer({ port: 0, ...options });
  return {
    url: server.url,
    fetch: (url, init) => fetch(url, init),
    openStream: (path) => openStream(wsUrl(server.url, path)),
    handshakeStatus: (path) => handshakeStatus(wsUrl(server.url, path)),
    control: server.control,
    server,
    close: server.close,
  };
};
