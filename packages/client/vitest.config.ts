import { defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'client',
    // Test files share their worker's modules (no isolation): they keep no module-level state
    // and start what they use, and importing the contract and the mock once per worker rather
    // than once per file cuts the import time by more than half.
    isolate: false,
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
