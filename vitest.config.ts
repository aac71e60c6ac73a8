import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { mockServerProjects } from './packages/mock-server/vitest.projects';

// One run for the whole workspace: every package keeps its own vitest config; the mock
// server's behaviour suite is a project per transport.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      '!packages/mock-server',
      'apps/*',
      'scripts',
      ...mockServerProjects(fileURLToPath(new URL('./packages/mock-server', import.meta.url))),
    ],
  },
});
