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
    // Vitest's default on a 2-core machine is one test file at a time, yet the slowest files
    // mostly wait: on npm and tsc (the tarballs), on Chromium (the docs), on child processes
    // (the CLI, the guides' snippets). Two at a time keeps both cores busy; more starve the tests
    // that race real time (500 simultaneous creates, a job watched over a stream).
    maxWorkers: 2,
  },
});
