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
    // Packing, installing from the registry and compiling: minutes, not milliseconds.
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
