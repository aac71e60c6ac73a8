import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParameterSchema } from '@apex-dispatch/contract';
import { afterEach, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const builtCli = join(packageDir, 'dist', 'cli.js');
const tsx = join(packageDir, 'node_modules', '.bin', 'tsx');

// The built CLI is what users run; before a build, the source stands in for it.
function startCli(args: string[]): ChildProcess {
  return existsSync(builtCli)
    ? spawn(process.execPath, [builtCli, ...args], { stdio: 'pipe' })
    : spawn(tsx, [join(packageDir, 'src', 'cli.ts'), ...args], { stdio: 'pipe' });
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  const child = startCli(args);
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /API:\s+(http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  // Runs that never listen (--help, bad flags) do not await the URL.
  url.catch(() => undefined);
  return { child, exited, url, output: () => ({ stdout, stderr }) };
}

describe('apex-dispatch-mock', () => {
  it('prints its usage with every flag for --help', async () => {
    const cli = run(['--help']);
    expect(await cli.exited).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--no-auth',
      '--job-duration',
      '--latency',
      '--services',
      '--cors-origin',
      '--body-limit',
      '--log-level',
    ]) {
      expect(cli.output().stdout).toContain(flag);
    }
  });

  it('refuses an unknown flag with exit code 2', async () => {
    const cli = run(['--bogus']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('--bogus');
  });

  it('starts on a free port, prints its URLs and stops gracefully on SIGTERM', async () => {
    const cli = run(['--port', '0', '--log-level', 'silent', '--latency', '300ms']);
    const url = await cli.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.output().stdout).toContain(`${url}/docs`);
    expect(cli.output().stdout).toContain(`${url}/openapi.json`);

    const inFlight = fetch(`${url}/health`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    cli.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await cli.exited).toBe(0);
  });

  it('applies --no-auth, --services, --job-duration, --cors-origin and --backend', async () => {
    const services = join(mkdtempSync(join(tmpdir(), 'mock-cli-')), 'services.json');
    writeFileSync(
      services,
      JSON.stringify([
        {
          label: 'openeo',
          application: 'https://example.test/mine.json',
          parameters: [{ name: 'n', type: 'integer', optional: false, description: 'N' }],
        },
      ]),
    );
    const cli = run([
      '--port=0',
      '--log-level=silent',
      '--no-auth',
      '--job-duration=0',
      `--services=${services}`,
      '--cors-origin=https://app.example',
      '--backend=e',
    ]);
    const url = await cli.url;
    const params = await fetch(`${url}/params`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://app.example' },
      body: JSON.stringify({
        label: 'openeo',
        service: { endpoint: 'https://x', application: 'https://example.test/mine.json' },
      }),
    });
    expect(params.status).toBe(200);
    expect(params.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(ParameterSchema.array().parse(await params.json())).toEqual([
      { name: 'n', type: 'integer', optional: false, description: 'N' },
    ]);
    const created = await fetch(`${url}/unit_jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 't',
        label: 'openeo',
        service: { endpoint: 'e', application: 'a' },
        parameters: {},
        format: 'json',
      }),
    });
    const job = await created.json();
    expect(job.status).toBe('finished');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('reports a broken services file and exits', async () => {
    const cli = run(['--port', '0', '--services', '/nonexistent/services.json']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toContain('Cannot read services file');
  });
});
