import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx');

// pino writes to the process's stdout file itself, not through process.stdout: the server runs
// in a process of its own, from the sources, and what that process printed is read.
async function printedBy(options: string): Promise<string[]> {
  const script = `import { startMockServer } from './src/index.ts';
const server = await startMockServer(${options});
await (await fetch(server.url + '/health')).text();
await (await fetch(server.url + '/unit_jobs/1')).text();
await server.close();`;
  const { stdout } = await run(
    process.execPath,
    ['--import', tsx, '--input-type=module', '-e', script],
    {
      cwd: packageDir,
    },
  );
  return stdout.split('\n').filter(Boolean);
}

describe('startMockServer', () => {
  it("writes pino's request log at the logLevel asked for, and nothing by default", async () => {
    const [logged, silent] = await Promise.all([
      printedBy("{ logLevel: 'info' }"),
      printedBy('{}'),
    ]);
    expect(logged.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 30, msg: 'request', path: '/health', status: 200 }),
      expect.objectContaining({ level: 40, msg: 'request', path: '/unit_jobs/1', status: 401 }),
    ]);
    expect(silent).toEqual([]);
  }, 30_000);
});
