/** Options of `waitForJob` and `waitForUpscaleTask`. */
export type WaitOptions<T> = {
  /**
   * Time between two polls, in ms. Default: adaptive, 500 ms after the first poll, then 1.5
   * times longer after each poll, up to 30 s, so a short job is seen in each status and a long
   * one is not polled every second.
   */
  intervalMs?: number;
  /** Give up with `DispatchTimeoutError` after this long, in ms. Default: wait for ever. */
  timeoutMs?: number;
  /** Stops waiting (and the poll in flight) with `DispatchAbortError`. */
  signal?: AbortSignal;
  /** Called with the first answer, then with each answer whose status changed. */
  onStatus?: (value: T) => void;
};
