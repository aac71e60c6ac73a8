import { handshakeStatus, openStream, wsUrl } from '../streamTestClient';
import type { MockTransport } from './MockTransport';

/**
 * A deployment already running at `MOCK_PARITY_URL` (the mock elsewhere, or the service): the
 * suite's options cannot reach it, nor can the control API.
 */
export const urlTransport: MockTransport = async () => {
  const url = (process.env.MOCK_PARITY_URL ?? '').replace(/\/+$/, '');
  if (url === '') throw new Error('The url transport needs MOCK_PARITY_URL, a base URL');
  return {
    url,
    fetch: (target, init) => fetch(target, init),
    openStream: (path) => openStream(wsUrl(url, path)),
    handshakeStatus: (path) => handshakeStatus(wsUrl(url, path)),
    close: async () => {},
  };
};
