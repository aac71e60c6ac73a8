import { defineProject } from 'vitest/config';
import { workspaceSources } from './src/workspaceSources';

export default defineProject({
  resolve: {
    alias: Object.entries(workspaceSources).map(([specifier, source]) => ({
      find: new RegExp(`^${specifier}$`),
      replacement: source,
    })),
  },
  test: {
    name: 'docs',
    include: ['src/**/*.test.ts'],
    // A real browser and real child processes: slower than unit tests, on a 2-core machine too.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
