import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'conformance',
    // Test files share their worker's modules (no isolation): they keep no module-level state
    // and start what they use, and importing the contract and the mock once per worker rather
    // than once per file cuts the import time by more than half.
    isolate: false,
    include: ['src/**/*.test.ts'],
    // A run makes some forty requests and opens streams, against servers the tests start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
