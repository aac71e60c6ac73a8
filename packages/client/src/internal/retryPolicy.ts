import type { RetryOptions } from '../RetryOptions';
import { jitteredDelay } from './backoff';

/** A resolved retry policy: every setting filled in. */
export type RetryPolicy = Required<Omit<RetryOptions, 'retryJobCreation'>>;

const DEFAULTS: RetryPolicy = {
  retries: 3,
  minDelayMs: 250,
  maxDelayMs: 10_000,
  retryOnStatus: [429, 502, 503, 504],
};

/**
 * The policy for one call, or `undefined` when it must not be retried. `idempotent` comes from
 * the route's metadata in the contract: whether sending the request twice does what once does.
 */
export function resolveRetryPolicy(
  setting: boolean | RetryOptions | undefined,
  idempotent: boolean,
): RetryPolicy | undefined {
  if (setting === undefined || setting === false) return undefined;
  const options = setting === true ? {} : setting;
  if (!idempotent && !options.retryJobCreation) return undefined;
  return {
    retries: options.retries ?? DEFAULTS.retries,
    minDelayMs: options.minDelayMs ?? DEFAULTS.minDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
    retryOnStatus: options.retryOnStatus ?? DEFAULTS.retryOnStatus,
  };
}

/** `Retry-After` in milliseconds (delta-seconds or an HTTP date), if the header is usable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before retry number `attempt` (0 for the first retry). */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  return jitteredDelay({ initialMs: policy.minDelayMs, maxMs: policy.maxDelayMs }, attempt, random);
}
