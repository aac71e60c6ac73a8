import type { MockCore } from '../domain/createMockCore';
import { type RecordedStream, recorder } from './RecordedStream';

/** A refused handshake, with the HTTP status a socket client would see. */
export class HandshakeRefused extends Error {
  constructor(readonly status: number) {
    super(`Unexpected server response: ${status}`);
  }
}

/**
 * Opens a stream on a core in process, as a socket client would see it: messages go through
 * JSON, and a close from the client stops the stream (1005, no status, as `ws` reports it).
 */
export function openCoreStream(core: MockCore, path: string): Promise<RecordedStream> {
  const opening = core.openStream(path);
  if (!opening.accepted) return Promise.reject(new HandshakeRefused(opening.status));
  const recording = recorder();
  let open = true;
  const handle = opening.start({
    send: (message) => {
      if (open) recording.message(JSON.parse(JSON.stringify(message)));
    },
    close: ({ code, reason }) => {
      if (!open) return;
      open = false;
      recording.closed(code, reason);
    },
  });
  return Promise.resolve({
    ...recording.stream,
    get open() {
      return open;
    },
    close: () => {
      if (!open) return;
      open = false;
      handle.stop();
      recording.closed(1005, '');
    },
  });
}

/** The status of a handshake on a core: 101 when accepted (the stream is closed at once). */
export function coreHandshakeStatus(core: MockCore, path: string): Promise<number> {
  return openCoreStream(core, path).then(
    (stream) => {
      stream.close();
      return 101;
    },
    (error: unknown) => (error instanceof HandshakeRefused ? error.status : Promise.reject(error)),
  );
}
