import type { StatusStream, StreamClose } from './StatusStream';

/** Where a running stream's messages go: a socket, or anything else that takes them. */
export type StreamSink<M> = {
  send: (message: M) => void;
  close: (close: StreamClose) => void;
  /** True while earlier messages are still waiting to go out: the poll is skipped. */
  busy?: () => boolean;
};

/** A running stream. */
export type StreamRun = {
  /** Stops polling; the sink is not closed. */
  stop: () => void;
  /** Whether a poll is scheduled (a timer is pending). */
  readonly scheduled: boolean;
  /** Whether it has ended: stopped, or closed after a failed poll. */
  readonly stopped: boolean;
};

/**
 * Runs `stream` into `sink`: `init`, a first poll at once, then one every `intervalMs`, until
 * a poll fails (the sink is closed) or `stop()` is called. At most one timer is ever pending.
 */
export function runStream<M>(
  stream: StatusStream<M>,
  sink: StreamSink<M>,
  intervalMs: number,
): StreamRun {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = () => {
    timer = undefined;
    if (stopped) return;
    if (!sink.busy?.()) {
      const { messages, close } = stream.poll();
      for (const message of messages) sink.send(message);
      if (close) {
        stopped = true;
        sink.close(close);
        return;
      }
    }
    timer = setTimeout(tick, intervalMs);
  };
  sink.send(stream.init());
  tick();
  const run: StreamRun = {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    get scheduled() {
      return timer !== undefined;
    },
    get stopped() {
      return stopped;
    },
  };
  return run;
}
