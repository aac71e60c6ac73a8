import { defineProject } from 'vitest/config';

// The repository's own checks: the packages as published, the CI and release workflows.
export default defineProject({
  test: {
    name: 'repository',
    include: ['*.test.ts'],
    // Packing, installing from the registry and compiling: minutes, not milliseconds.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
