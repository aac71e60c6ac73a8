/** A delay that grows with each attempt: `initialMs`, times `factor` each time, up to `maxMs`. */
export type Backoff = { initialMs: number; maxMs: number; factor?: number };

/** The delay before attempt `n` (0 for the first), growing from `initialMs` to `maxMs`. */
export const growingDelay = ({ initialMs, maxMs, factor = 2 }: Backoff, n: number): number =>
  Math.min(maxMs, initialMs * factor ** n);

/**
 * `growingDelay` with full jitter, for retries and reconnects: clients that failed together do
 * not all come back at once.
 */
export const jitteredDelay = (backoff: Backoff, n: number, random = Math.random): number =>
  Math.round(random() * growingDelay(backoff, n));
