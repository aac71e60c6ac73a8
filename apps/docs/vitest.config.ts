import { defineProject } from 'vitest/config';

// Workspace packages resolve to their source (`source` in their exports), never to a stale dist.
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'docs',
    include: ['src/**/*.test.ts'],
    // A real browser and real child processes: slower than unit tests, on a 2-core machine too.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
