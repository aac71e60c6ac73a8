import { setupServer } from 'msw/node';
import NodeWebSocket from 'ws';
import { createMockCore } from '../../domain/createMockCore';
import { nodeDocsReader } from '../../http/nodeDocsReader';
import type { DispatchHandlers } from '../../msw/DispatchHandlers';
import { handlersOverCore } from '../../msw/handlersOverCore';
import { openGlobalStream } from '../globalStreamClient';
import type { MockTransport } from './MockTransport';

// One MSW server per test process (it patches globals once); each mock is an origin of its own.
const server = setupServer();
const active = new Set<DispatchHandlers>();
let started = 0;

function use(): void {
  server.resetHandlers(...[...active].flat());
}

/**
 * The mock through MSW in Node, as createDispatchHandlers serves it to msw/node's setupServer:
 * the test's requests go to the global fetch and WebSocket, which MSW intercepts; nothing
 * listens on a socket.
 */
export const mswTransport: MockTransport = async ({ docsDir, ...options }) => {
  if (active.size === 0) {
    // MSW intercepts sockets by wrapping the global WebSocket class, which Node 20 has only
    // behind --experimental-websocket: any class there will do, MSW answers with its own.
    if (!('WebSocket' in globalThis)) {
      Object.defineProperty(globalThis, 'WebSocket', {
        value: NodeWebSocket,
        configurable: true,
        writable: true,
      });
    }
    // What the mock itself fetches (`fetchServices`) goes out as it would without MSW.
    server.listen({ onUnhandledRequest: 'bypass' });
  }
  started += 1;
  const core = createMockCore({
    ...options,
    ...(docsDir === undefined ? {} : { docsFiles: nodeDocsReader(docsDir) }),
  });
  const handlers = handlersOverCore(core, `http://mock-${started}.test`);
  active.add(handlers);
  use();
  const socketUrl = (path: string) => `${handlers.baseUrl.replace(/^http/, 'ws')}${path}`;
  return {
    url: handlers.baseUrl,
    fetch: (url, init) => fetch(url, init),
    openStream: (path) => openGlobalStream(socketUrl(path)),
    // A page never sees a refusal's HTTP status (MSW closes the socket with 1006, as a browser
    // reports it): the refusal is seen over MSW, its status read from the core that refused.
    handshakeStatus: async (path) => {
      const stream = await openGlobalStream(socketUrl(path)).catch(() => undefined);
      if (stream) {
        stream.close();
        return 101;
      }
      const opening = core.openStream(path);
      return opening.accepted ? 0 : opening.status;
    },
    control: handlers.control,
    close: async () => {
      handlers.close();
      active.delete(handlers);
      use();
      if (active.size === 0) server.close();
    },
  };
};
