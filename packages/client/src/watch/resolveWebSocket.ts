import { DispatchError } from '../errors/DispatchError';
import type { WebSocketConstructorLike } from './WebSocketLike';

/** The WebSocket class to use: the client's option, else the runtime's global one. */
export function resolveWebSocket(
  option: WebSocketConstructorLike | undefined,
): WebSocketConstructorLike {
  const global = (globalThis as { WebSocket?: WebSocketConstructorLike }).WebSocket;
  const WebSocket = option ?? global;
  if (WebSocket === undefined) {
    throw new DispatchError(
      "This runtime has no global WebSocket (Node.js before 22). Pass one to the client: `import WebSocket from 'ws'` and `createDispatchClient({ baseUrl, token, WebSocket })`; or, in Node.js 20, run `node --experimental-websocket` for the global one.",
    );
  }
  return WebSocket;
}
