import { defineProject } from 'vitest/config';

// Workspace packages resolve to their source (`source` in their exports), never to a stale dist.
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'mock-server',
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
