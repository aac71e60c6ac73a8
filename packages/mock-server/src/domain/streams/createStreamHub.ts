import { wsHandshakeRefusal, wsShutdownClose } from '@apex-dispatch/contract';
import { ANONYMOUS_USER } from '../http/authenticate';
import { userFromToken } from '../http/userFromToken';
import { openStatusStream, type StreamContext } from './openStatusStream';
import { parseStreamRequest } from './parseStreamRequest';
import { runStream, type StreamRun, type StreamSink } from './runStream';
import type { StreamHub } from './StreamHub';

/** How the streams behave. */
export type StreamSettings = {
  /** Require `?token=` (the mock's `auth` option); off, everyone is the anonymous user. */
  readonly auth: boolean;
  /** Factor applied to every stream's `interval`, e.g. 0.01 to poll every 100 ms for 10 s. */
  readonly intervalScale: number;
  /** The mock's clock, in ms since the epoch: a JWT's `exp` is read against it at each poll. */
  readonly now: () => number;
};

/** The service's `/ws/...` streams over the core's store, for any adapter to carry. */
export function createStreamHub(context: StreamContext, settings: StreamSettings): StreamHub {
  if (!(settings.intervalScale > 0) || !Number.isFinite(settings.intervalScale)) {
    throw new Error(`Invalid wsIntervalScale: ${settings.intervalScale}`);
  }
  const open = new Map<StreamRun, StreamSink<unknown>>();
  let closing = false;
  return {
    open: (url) => {
      if (closing) return { accepted: false, status: 503 };
      const parsed = parseStreamRequest(url);
      if (!parsed || (settings.auth && parsed.token === undefined)) {
        return { accepted: false, status: wsHandshakeRefusal.status };
      }
      const { token } = parsed;
      // The service reads the token again at every poll: one that expires ends the stream.
      const user =
        settings.auth && token ? () => userFromToken(token, settings.now()) : () => ANONYMOUS_USER;
      return {
        accepted: true,
        start: (sink) => {
          let run: StreamRun | undefined;
          const tracked: StreamSink<unknown> = {
            send: sink.send,
            close: (close) => {
              if (run) open.delete(run);
              sink.close(close);
            },
            ...(sink.busy ? { busy: sink.busy } : {}),
          };
          run = runStream(
            openStatusStream(context, parsed, user),
            tracked,
            parsed.interval * 1000 * settings.intervalScale,
          );
          const started = run;
          if (!started.stopped) open.set(started, sink);
          return {
            stop: () => {
              started.stop();
              open.delete(started);
            },
            get scheduled() {
              return started.scheduled;
            },
          };
        },
      };
    },
    stats: () => ({
      streams: open.size,
      timers: [...open.keys()].filter((run) => run.scheduled).length,
    }),
    close: () => {
      closing = true;
      for (const [run, sink] of open) {
        run.stop();
        sink.close(wsShutdownClose);
      }
      open.clear();
    },
  };
}
