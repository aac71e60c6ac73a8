/** A stream opened by a test, recording everything the mock sends. */
export type RecordedStream = {
  /** Every message so far, parsed from JSON. */
  messages: unknown[];
  /** Resolves with the messages once `done(messages)` holds (checked at each message). */
  until: (done: (messages: unknown[]) => boolean) => Promise<unknown[]>;
  /** Resolves with the close code and reason once the stream is closed. */
  closed: Promise<{ code: number; reason: string }>;
  /** Whether the stream is still open. */
  readonly open: boolean;
  /** Closes the stream from the client's side. */
  close: () => void;
};

/** The recording half of a stream, fed by whatever carries it. */
export function recorder(): {
  stream: Omit<RecordedStream, 'open' | 'close'>;
  message: (message: unknown) => void;
  closed: (code: number, reason: string) => void;
} {
  const messages: unknown[] = [];
  const waiters = new Set<() => void>();
  let isClosed = false;
  let resolveClosed: (close: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    resolveClosed = resolve;
  });
  const until = (done: (messages: unknown[]) => boolean) =>
    new Promise<unknown[]>((resolve, reject) => {
      const check = () => {
        if (done(messages)) {
          waiters.delete(check);
          resolve(messages);
        } else if (isClosed) {
          waiters.delete(check);
          reject(new Error(`Stream closed after ${messages.length} messages`));
        }
      };
      waiters.add(check);
      check();
    });
  return {
    stream: { messages, until, closed },
    message: (message) => {
      messages.push(message);
      for (const check of waiters) check();
    },
    closed: (code, reason) => {
      isClosed = true;
      for (const check of waiters) check();
      resolveClosed({ code, reason });
    },
  };
}
