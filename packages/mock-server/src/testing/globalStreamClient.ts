import { type RecordedStream, recorder } from './RecordedStream';

/**
 * Opens a stream with the runtime's global WebSocket (what MSW intercepts) and records it;
 * rejects with the close code when it closes before opening (a refused handshake).
 */
export function openGlobalStream(url: string): Promise<RecordedStream> {
  const socket = new WebSocket(url);
  const recording = recorder();
  let opened = false;
  socket.addEventListener('message', (event) => recording.message(JSON.parse(String(event.data))));
  return new Promise((resolve, reject) => {
    socket.addEventListener('close', ({ code, reason }) => {
      recording.closed(code, reason);
      if (!opened) reject(new Error(`The handshake of ${url} was refused (close ${code})`));
    });
    socket.addEventListener('open', () => {
      opened = true;
      resolve({
        ...recording.stream,
        get open() {
          return socket.readyState === WebSocket.OPEN;
        },
        close: () => socket.close(),
      });
    });
  });
}
