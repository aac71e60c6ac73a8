/** How failed requests are repeated. Retries are off unless the client or the call asks. */
export type RetryOptions = {
  /** Extra attempts after the first one. Default 3. */
  retries?: number;
  /** Backoff before the first retry; doubles each time, with full jitter. Default 250 ms. */
  minDelayMs?: number;
  /** Upper bound of any wait, `Retry-After` included. Default 10 000 ms. */
  maxDelayMs?: number;
  /** Statuses worth another try. Default 429, 502, 503, 504. */
  retryOnStatus?: readonly number[];
  /**
   * Also retry the operations that create work (`createUnitJob`, `createSyncJob`,
   * `createUpscaleTask`). Off by default: a POST whose answer was lost may already have created a
   * job, and retrying it creates a second one.
   */
  retryJobCreation?: boolean;
};
