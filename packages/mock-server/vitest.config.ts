import { defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'mock-server',
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
