import { dispatchContract, metadataOf } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter, resolveRetryPolicy, retryDelay } from './retryPolicy';

describe('resolveRetryPolicy', () => {
  it('is off unless asked for', () => {
    expect(resolveRetryPolicy(undefined, true)).toBeUndefined();
    expect(resolveRetryPolicy(false, true)).toBeUndefined();
    expect(resolveRetryPolicy(true, true)).toEqual({
      retries: 3,
      minDelayMs: 250,
      maxDelayMs: 10_000,
      retryOnStatus: [429, 502, 503, 504],
    });
  });

  it('covers the operations the contract marks idempotent, job creation only on request', () => {
    const retried = Object.entries(dispatchContract)
      .filter(([, route]) => resolveRetryPolicy(true, metadataOf(route).idempotent))
      .map(([operation]) => operation);
    expect(retried).toEqual(
      expect.arrayContaining(['getJob', 'deleteJob', 'getJobParams', 'splitInTiles', 'health']),
    );
    expect(retried).not.toContain('createUnitJob');
    expect(retried).not.toContain('createSyncJob');
    expect(retried).not.toContain('createUpscaleTask');
    expect(resolveRetryPolicy({ retryJobCreation: true, retries: 1 }, false)).toMatchObject({
      retries: 1,
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const policy = { retries: 5, minDelayMs: 100, maxDelayMs: 1000, retryOnStatus: [503] };

  it('doubles the ceiling of a jittered wait, up to the maximum', () => {
    expect(
      [0, 1, 2, 3, 4].map((attempt) => retryDelay(policy, attempt, undefined, () => 1)),
    ).toEqual([100, 200, 400, 800, 1000]);
    expect(retryDelay(policy, 3, undefined, () => 0.5)).toBe(400);
    expect(retryDelay(policy, 3, undefined, () => 0)).toBe(0);
  });

  it('follows Retry-After, within the maximum', () => {
    expect(retryDelay(policy, 0, 700, () => 0)).toBe(700);
    expect(retryDelay(policy, 0, 60_000, () => 0)).toBe(1000);
  });
});
