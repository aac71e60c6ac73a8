import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { afterAll, beforeAll } from 'vitest';

/** A mock server on port 0 for the tests of this file, and a request file it accepts. */
export function useMockServer() {
  const state = {} as { server: MockServer; url: string; requestFile: string };
  let folder: string;
  beforeAll(async () => {
    // Jobs finish as soon as they are made: no check waits for one.
    state.server = await startMockServer({ jobDurationMs: 0 });
    state.url = state.server.url;
    folder = mkdtempSync(join(tmpdir(), 'apex-dispatch-conformance-'));
    state.requestFile = join(folder, 'job.json');
    writeFileSync(state.requestFile, JSON.stringify(ogcApiProcessJobRequestExample));
  });
  afterAll(async () => {
    await state.server.close();
    rmSync(folder, { recursive: true, force: true });
  });
  return state;
}

/** A URL where nothing listens: a port just let go. */
export async function unusedUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
