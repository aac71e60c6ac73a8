import { defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'docs',
    include: ['src/**/*.test.ts'],
    // A real browser and real child processes: slower than unit tests, on a 2-core machine too.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
