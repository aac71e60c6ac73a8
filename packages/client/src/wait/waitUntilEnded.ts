import type { ProcessingStatusEnum } from '@apex-dispatch/contract';
import { DispatchTimeoutError } from '../errors/DispatchTimeoutError';
import { sleep } from '../internal/sleep';
import type { WaitOptions } from './WaitOptions';

const DEFAULT_INTERVAL_MS = 5_000;

/** The statuses after which a job or a task never changes again. */
export const isEnded = (status: ProcessingStatusEnum): boolean =>
  status === 'finished' || status === 'failed' || status === 'canceled';

/** How to poll one job or task, and what counts as a change worth reporting. */
export type Poller<T extends { status: ProcessingStatusEnum }> = {
  /** Fetches the current state; `signal` stops the request in flight. */
  poll: (signal: AbortSignal) => Promise<T>;
  /** A string that differs whenever `onStatus` should hear about the new state. */
  changeKey: (value: T) => string;
};

/** Polls until the status ends, then resolves with the last state polled. */
export async function waitUntilEnded<T extends { status: ProcessingStatusEnum }>(
  { poll, changeKey }: Poller<T>,
  { intervalMs = DEFAULT_INTERVAL_MS, timeoutMs, signal, onStatus }: WaitOptions<T> = {},
): Promise<T> {
  // One signal for the poll in flight and the pause between polls: the caller's or the timeout.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut: DispatchTimeoutError | undefined;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = new DispatchTimeoutError(timeoutMs);
          controller.abort(timedOut);
        }, timeoutMs);
  try {
    let lastKey: string | undefined;
    for (;;) {
      const value = await poll(controller.signal);
      const key = changeKey(value);
      if (key !== lastKey) {
        lastKey = key;
        onStatus?.(value);
      }
      if (isEnded(value.status)) return value;
      await sleep(intervalMs, controller.signal);
    }
  } catch (error) {
    throw timedOut ?? error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
