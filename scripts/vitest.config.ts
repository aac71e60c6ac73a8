import { fileURLToPath } from 'node:url';
import { configDefaults, defineProject } from 'vitest/config';

// The repository's own checks: the packages as published, the CI and release workflows.
export default defineProject({
  test: {
    name: 'repository',
    include: ['*.test.ts'],
    // `pnpm test:quick` (APEX_TEST_QUICK=1) leaves out packing and installing the packages.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.APEX_TEST_QUICK ? ['tarballs.test.ts', 'zod4Consumer.test.ts'] : []),
    ],
    // Those two install the same tarballs: `pnpm pack:packages` packs them once per run, and not
    // at all for `pnpm test:quick`.
    globalSetup: process.env.APEX_TEST_QUICK
      ? []
      : [fileURLToPath(new URL('./testing/packPackagesOnce.ts', import.meta.url))],
    // Packing, installing from the registry and compiling: minutes, not milliseconds.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
