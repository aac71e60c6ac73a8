import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'conformance',
    include: ['src/**/*.test.ts'],
    // A run makes some forty requests and opens streams, against servers the tests start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
