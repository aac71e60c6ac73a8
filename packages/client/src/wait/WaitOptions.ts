/** Options of `waitForJob` and `waitForUpscaleTask`. */
export type WaitOptions<T> = {
  /** Time between two polls, in ms. Default 5000. */
  intervalMs?: number;
  /** Give up with `DispatchTimeoutError` after this long, in ms. Default: wait for ever. */
  timeoutMs?: number;
  /** Stops waiting (and the poll in flight) with `DispatchAbortError`. */
  signal?: AbortSignal;
  /** Called with the first answer, then with each answer whose status changed. */
  onStatus?: (value: T) => void;
};
