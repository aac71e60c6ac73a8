import { defineConfig } from 'vitest/config';

// One run for the whole workspace: every package keeps its own vitest config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'scripts'],
  },
});
