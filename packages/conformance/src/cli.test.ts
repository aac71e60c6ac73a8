import { spawn } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuild } from '../tsup.config';
import { ConformanceReportSchema } from './report/ConformanceReport';
import { alterJson, startDriftDouble } from './testing/driftDouble';
import { unusedUrl, useMockServer } from './testing/useMockServer';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const command = join(packageDir, 'bin', 'apex-dispatch-conformance.js');
const TOKEN = 'secret-token-7f3a';

// What users run is dist/cli.js behind the package's bin: built fresh from the sources, with
// the build's own options, next to dist and then moved in whole.
beforeAll(async () => {
  const outDir = join(packageDir, 'node_modules', '.cache', 'cli-test');
  await build({ ...cliBuild, outDir, config: false, silent: true });
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  renameSync(join(outDir, 'cli.js'), join(packageDir, 'dist', 'cli.js'));
}, 120_000);

/** Runs the command to its end. */
function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [command, ...args], {
      env: { ...process.env, APEX_DISPATCH_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test runs the command in a process of its own, side by side.
describe.concurrent('apex-dispatch-conformance', () => {
  const mock = useMockServer();
  let drifted: Awaited<ReturnType<typeof startDriftDouble>>;
  beforeAll(async () => {
    // Unknown jobs are answered without `details`.
    drifted = await startDriftDouble(mock.url, {
      answer: (_method, path, answer) =>
        path.startsWith('/unit_jobs/')
          ? alterJson(answer, ({ details: _, ...body }) => body)
          : answer,
    });
  });
  afterAll(() => drifted.close());

  it('exits 0 against the mock and prints a table of every check, the token nowhere', async () => {
    const { code, stdout, stderr } = await run(['--base-url', mock.url, '--token', TOKEN]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Conformance of ${mock.url}`);
    expect(stdout).toMatch(/ {2}pass {2}errors\.unknown-job +GET \/unit_jobs\/\{job_id\}/);
    expect(stdout).toMatch(/ {2}skip {2}write\.create .*\n +creates a real job: run with --write/);
    expect(stdout).toContain('23 checks: 18 passed, 0 failed, 5 skipped');
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it('with --json, prints the report for CI; the token comes from APEX_DISPATCH_TOKEN', async () => {
    const { code, stdout } = await run(['--base-url', mock.url, '--json'], {
      APEX_DISPATCH_TOKEN: TOKEN,
    });
    expect(code).toBe(0);
    const report = ConformanceReportSchema.strict().parse(JSON.parse(stdout));
    expect(Object.keys(report.checks[0] ?? {})).toEqual(['id', 'title', 'status', 'detail']);
    expect(report.summary).toEqual({ passed: 18, failed: 0, skipped: 5 });
    expect(stdout).not.toContain(TOKEN);
  });

  it('with --write, warns that it creates a real job, then runs every check', async () => {
    const { code, stdout, stderr } = await run([
      '--base-url',
      mock.url,
      '--token',
      // A user of its own: the jobs it creates must not show in the other runs' checks.
      `${TOKEN}-writer`,
      '--write',
      '--request-file',
      mock.requestFile,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: --write creates a real job on .* which may cost credits/);
    expect(stdout).toContain('23 checks: 23 passed, 0 failed, 0 skipped');
  });

  it('exits 1 on drift, showing what the contract expects and what the deployment sent', async () => {
    const { code, stdout } = await run(['--base-url', drifted.url, '--token', TOKEN]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      / {2}FAIL {2}errors\.unknown-job .*\n +contract expects: GET \/unit_jobs\/2147483647: the ErrorResponse fields status, error_code, message, details, request_id\n +deployment sent: {2}no details\n/,
    );
    expect(stdout).toContain('1 failed');
  });

  it('exits 2 with a one-line reason naming the URL when nothing answers', async () => {
    const url = await unusedUrl();
    const { code, stdout, stderr } = await run(['--base-url', url, '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(`^apex-dispatch-conformance: could not run: nothing answers at ${url}: .+\\n$`),
    );
  });

  it('exits 2 on bad arguments, saying which', async () => {
    expect((await run([])).stderr).toBe(
      'apex-dispatch-conformance: --base-url <url> is required (see --help)\n',
    );
    const unknown = await run(['--base-url', mock.url, '--tokn', TOKEN]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--tokn'/);
    const write = await run(['--base-url', mock.url, '--write']);
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(/--write needs --request-file <file>/);
  });

  it('prints its usage and its version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--base-url', '--token', '--write', '--request-file', '--json']) {
      expect(help.stdout).toContain(flag);
    }
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
