import type { MockClock } from './MockControl';

const checked = (ms: number, what: string): number => {
  if (!Number.isFinite(ms)) throw new Error(`${what} takes a finite number of ms, not ${ms}`);
  return ms;
};

/** A clock running with `base` (Date.now, or the `clock` option), moved on or set by tests. */
export function createMockClock(base: () => number): MockClock & { readonly reset: () => void } {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (ms) => {
      offset += checked(ms, 'clock.advance');
    },
    set: (ms) => {
      offset = checked(ms, 'clock.set') - base();
    },
    reset: () => {
      offset = 0;
    },
  };
}
