import { defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'contract',
    // Test files share their worker's modules (no isolation): they keep no module-level state
    // and start what they use, and importing the contract and the mock once per worker rather
    // than once per file cuts the import time by more than half.
    isolate: false,
    testTimeout: 30_000,
    include: ['src/**/*.test.ts'],
    // `pnpm test:quick` leaves the type tests to `pnpm typecheck`, whose tsc reads them too. Their
    // program is theirs and what they import (tsconfig.typetests.json), not the runtime tests:
    // `pnpm typecheck` checks those, so `pnpm test` need not compile them a second time.
    typecheck: {
      enabled: !process.env.APEX_TEST_QUICK,
      include: ['src/**/*.test-d.ts'],
      tsconfig: './tsconfig.typetests.json',
    },
  },
});
