import { defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'client',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
