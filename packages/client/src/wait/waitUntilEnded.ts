import { isFinalStatus, type ProcessingStatusEnum } from '@apex-dispatch/contract';
import { DispatchTimeoutError } from '../errors/DispatchTimeoutError';
import { type Backoff, growingDelay } from '../internal/backoff';
import { sleep } from '../internal/sleep';
import type { WaitOptions } from './WaitOptions';

/** The default pace of polling (see `WaitOptions.intervalMs`). */
export const ADAPTIVE_INTERVAL: Backoff = { initialMs: 500, maxMs: 30_000, factor: 1.5 };

/**
 * The statuses after which a job or a task never changes again; `unknown` is not one (the
 * service could not ask the platform this time, and asks again).
 */
export const isEnded = (status: ProcessingStatusEnum): boolean => isFinalStatus(status);

/** How to poll one job or task, and what counts as a change worth reporting. */
export type Poller<T extends { status: ProcessingStatusEnum }> = {
  /** What is waited for, for messages: `waitForJob: job 7`. */
  subject: string;
  /** Fetches the current state; `signal` stops the request in flight. */
  poll: (signal: AbortSignal) => Promise<T>;
  /** A string that differs whenever `onStatus` should hear about the new state. */
  changeKey: (value: T) => string;
};

/** Polls until the status ends, then resolves with the last state polled. */
export async function waitUntilEnded<T extends { status: ProcessingStatusEnum }>(
  { subject, poll, changeKey }: Poller<T>,
  { intervalMs, timeoutMs, signal, onStatus }: WaitOptions<T> = {},
): Promise<T> {
  // One signal for the poll in flight and the pause between polls: the caller's or the timeout.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  let last: T | undefined;
  let timedOut: DispatchTimeoutError | undefined;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          const status = last === undefined ? 'no answer yet' : `last status ${last.status}`;
          timedOut = new DispatchTimeoutError(timeoutMs, {
            message: `${subject} has not ended after ${timeoutMs} ms (${status})`,
          });
          controller.abort(timedOut);
        }, timeoutMs);
  try {
    let lastKey: string | undefined;
    for (let polls = 0; ; polls++) {
      const value = await poll(controller.signal);
      last = value;
      const key = changeKey(value);
      if (key !== lastKey) {
        lastKey = key;
        onStatus?.(value);
      }
      if (isEnded(value.status)) return value;
      await sleep(intervalMs ?? growingDelay(ADAPTIVE_INTERVAL, polls), controller.signal);
    }
  } catch (error) {
    throw timedOut ?? error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
