import { ws } from 'msw';
import type { MockCore } from '../domain/createMockCore';
import type { StreamHandle } from '../domain/streams/StreamHub';
import { originPattern } from './originPattern';

// What a browser reports when a handshake is refused: no `open`, then close 1006 (abnormal),
// without the HTTP status, which a page never sees.
const REFUSED_CLOSE = 1006;

/**
 * The status streams under `origin` over MSW's WebSocket interception: every socket opened to
 * that origin is handed to the core, which accepts or refuses it and sends its messages.
 */
export function streamLink(core: MockCore, origin: string) {
  const link = ws.link(originPattern(origin.replace(/^http/, 'ws')));
  return link.addEventListener('connection', ({ client, info }) => {
    // The service's accept() names no subprotocol, so a browser that offers one fails the
    // handshake; MSW alone would open the socket with the first one offered.
    const offersSubprotocol = (info.protocols?.length ?? 0) > 0;
    const opening = offersSubprotocol
      ? { accepted: false as const }
      : core.openStream(`${client.url.pathname}${client.url.search}`);
    if (!opening.accepted) {
      client.close(REFUSED_CLOSE, '');
      return;
    }
    // MSW opens the socket once its connection listeners have run: the stream starts after,
    // so that a stream whose first poll fails is, as on the service, opened and then closed.
    let handle: StreamHandle | undefined;
    let gone = false;
    setTimeout(() => {
      if (gone) return;
      handle = opening.start({
        send: (message) => client.send(JSON.stringify(message)),
        // MSW delivers a sent message in a microtask and drops it once closing: the close
        // waits its turn behind the messages, as a close frame does on a socket.
        close: ({ code, reason }) => queueMicrotask(() => client.close(code, reason)),
      });
    }, 0);
    client.addEventListener('close', () => {
      gone = true;
      handle?.stop();
    });
  });
}
