import WebSocket from 'ws';

/** What a stream did, as far as a check needs to know. */
export type StreamOutcome =
  | { kind: 'refused'; status: number }
  | { kind: 'unreachable'; reason: string }
  | {
      kind: 'opened';
      /** Each message as JSON, or its text when it is none. */
      messages: unknown[];
      /** The server's close, when it closed the stream. */
      close: { code: number; reason: string } | undefined;
      /** Whether the wait ended before `count` messages or a close came. */
      timedOut: boolean;
    };

export type StreamOptions = {
  /** Stop (and close the stream) once this many messages came. */
  count: number;
  /** After the last of `count` messages, wait for the server's close (within `timeoutMs`). */
  awaitClose?: boolean;
  timeoutMs: number;
};

const parse = (data: WebSocket.RawData): unknown => {
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Opens a WebSocket at `url` (http(s) turned into ws(s)) and reads its first messages. */
export function openStream(url: string, options: StreamOptions): Promise<StreamOutcome> {
  const wsUrl = url.replace(/^http/, 'ws');
  return new Promise((resolve) => {
    const messages: unknown[] = [];
    let close: { code: number; reason: string } | undefined;
    let settled = false;
    const socket = new WebSocket(wsUrl, { handshakeTimeout: options.timeoutMs });
    const finish = (outcome: StreamOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (socket.readyState === WebSocket.OPEN) socket.close(1000);
      else if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      resolve(outcome);
    };
    const opened = (timedOut: boolean): StreamOutcome => ({
      kind: 'opened',
      messages,
      close,
      timedOut,
    });
    const timer = setTimeout(() => {
      if (socket.readyState === WebSocket.CONNECTING) {
        finish({ kind: 'unreachable', reason: `no handshake within ${options.timeoutMs} ms` });
      } else finish(opened(true));
    }, options.timeoutMs);
    socket.on('unexpected-response', (_request, response) => {
      response.resume();
      finish({ kind: 'refused', status: response.statusCode ?? 0 });
    });
    socket.on('error', (error) => {
      if (socket.readyState !== WebSocket.OPEN || messages.length === 0) {
        finish({ kind: 'unreachable', reason: error.message });
      }
    });
    socket.on('message', (data) => {
      if (settled || messages.length >= options.count) return;
      messages.push(parse(data));
      if (messages.length === options.count && !options.awaitClose) finish(opened(false));
    });
    socket.on('close', (code, reason) => {
      close = { code, reason: reason.toString('utf8') };
      finish(opened(false));
    });
  });
}
