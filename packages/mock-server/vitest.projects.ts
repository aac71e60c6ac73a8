import type { TestProjectInlineConfiguration } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

// Tests about one transport itself (the socket server, the CLI) run on theirs only.
const transportTests = [
  'src/ws/**/*.test.ts',
  'src/http/**/*.test.ts',
  'src/cli*.test.ts',
  'src/cli/**/*.test.ts',
  'src/msw/**/*.test.ts',
  'src/fetch/**/*.test.ts',
];

/**
 * The behaviour suite runs once per transport, from one definition: `useTestServer` reads
 * `MOCK_TRANSPORT`. `mock-server` goes over express and a socket (and runs every other test),
 * `mock-server:fetch` through createMockFetch's core in process. Another transport (MSW, or
 * `url` with `MOCK_PARITY_URL` for a running deployment) is one more entry here.
 */
export function mockServerProjects(root: string): TestProjectInlineConfiguration[] {
  const alias = workspaceSources();
  const project = (name: string, transport: string, exclude: string[] = []) => ({
    resolve: { alias },
    test: {
      name,
      root,
      include: ['src/**/*.test.ts'],
      exclude,
      testTimeout: 20_000,
      // Test files share their worker's modules (no isolation): they keep no module-level state
      // and start what they use, and importing the contract and the mock once per worker rather
      // than once per file cuts the import time by more than half.
      isolate: false,
      env: { MOCK_TRANSPORT: transport },
    },
  });
  return [
    project('mock-server', 'http'),
    project('mock-server:fetch', 'fetch', transportTests),
    project('mock-server:msw', 'msw', transportTests),
  ];
}
