import { sha256 } from './sha256';
import { stableStringify } from './stableStringify';

/**
 * A pseudo-random sequence in [0, 1) seeded from a document, so that the same request always
 * yields the same "result" (mulberry32).
 */
export function seededRandom(seedDocument: unknown): () => number {
  let state = sha256(new TextEncoder().encode(stableStringify(seedDocument)))[0] ?? 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
