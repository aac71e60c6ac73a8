import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'contract',
    testTimeout: 30_000,
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
