import { describe, expect, it } from 'vitest';
import { growingDelay, jitteredDelay } from './backoff';

describe('backoff', () => {
  it('grows by its factor up to its cap', () => {
    const backoff = { initialMs: 500, maxMs: 30_000, factor: 1.5 };
    expect([0, 1, 2, 20].map((n) => growingDelay(backoff, n))).toEqual([500, 750, 1125, 30_000]);
    expect(growingDelay({ initialMs: 100, maxMs: 1_000 }, 3)).toBe(800);
  });

  it('jitters between nothing and the grown delay', () => {
    const backoff = { initialMs: 100, maxMs: 1_000 };
    expect(jitteredDelay(backoff, 2, () => 0)).toBe(0);
    expect(jitteredDelay(backoff, 2, () => 0.5)).toBe(200);
    expect(jitteredDelay(backoff, 9, () => 0.999_999)).toBe(1_000);
  });
});
