import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ogcApiProcessJobRequestExample,
  openEoJobRequestExample,
  ParameterSchema,
} from '@apex-dispatch/contract';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundle } from '../tsup.config';
import { openStream, wsUrl } from './testing/streamTestClient';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const builtCli = join(packageDir, 'dist', 'cli.cjs');
const command = join(packageDir, 'bin', 'apex-dispatch-mock.cjs');

// What users run is the bundle behind the package's bin: it is built fresh from the sources,
// with the build's own options, next to dist and then moved in whole, so that nothing reading
// dist/cli.cjs meanwhile (a pack, a bench) sees half a file.
beforeAll(async () => {
  const outDir = join(packageDir, 'node_modules', '.cache', 'cli-test');
  await build({ ...cliBundle, outDir, config: false, silent: true });
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  renameSync(join(outDir, 'cli.cjs'), builtCli);
}, 120_000);

function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [command, ...args], {
    stdio: 'pipe',
    env: { ...process.env, PORT: '', ...env },
  });
}

// The tests run side by side, each with its own process: any still running at the end are ended.
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = startCli(args, env);
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  // 'close', not 'exit': by then the process's output has been read to its end.
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      // The API line shows `<base URL>/health`, which answers in a browser.
      const match = /API:\s+(http:\/\/[^/\s]+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  // Runs that never listen (--help, bad flags) do not await the URL.
  url.catch(() => undefined);
  return { child, exited, url, output: () => ({ stdout, stderr }) };
}

describe.concurrent('apex-dispatch-mock', () => {
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
      '--seed',
      '--cors-origin',
      '--body-limit',
      '--log-level',
      '--version',
    ]) {
      expect(cli.output().stdout).toContain(flag);
    }
  });

  it('refuses an unknown flag with exit code 2, in one line and a pointer to --help', async () => {
    const cli = run(['--prot', '9000']);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr.split('\n')).toEqual([
      'apex-dispatch-mock: unknown option --prot; did you mean --port?',
      'Run apex-dispatch-mock --help for the options.',
      '',
    ]);
    expect(cli.output().stdout).toBe('');
  });

  it.each([
    [
      ['--port', '-1'],
      {},
      '--port expects a port number from 0 to 65535 (0 picks a free one), not "-1"',
    ],
    [
      [],
      { PORT: 'eighty' },
      'PORT expects a port number from 0 to 65535 (0 picks a free one), not "eighty"',
    ],
    [['--log-format', 'xml'], {}, '--log-format expects pretty or json, not "xml"'],
  ])('says what is wrong with %j %j in its first line', async (args, env, message) => {
    const cli = run(args, env);
    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr.split('\n')[0]).toBe(`apex-dispatch-mock: ${message}`);
  });

  it('says in its banner where to look, that any token works, and each address answers', async () => {
    const cli = run(['--port', '0', '--log-level', 'silent']);
    const url = await cli.url;
    const { stdout } = cli.output();
    expect(stdout).toContain('any bearer token works');
    expect(stdout).toMatch(/each token stands for\s+a user of its own/);
    for (const label of ['API', 'Docs', 'OpenAPI', 'AsyncAPI']) {
      const shown = new RegExp(`${label}:\\s+(\\S+)`).exec(stdout)?.[1] ?? '';
      expect(shown, label).toMatch(new RegExp(`^${url}/`));
      expect((await fetch(shown)).status, label).toBe(200);
    }
    expect(stdout).toContain(`${url}/asyncapi.json`);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it("logs pino's JSON lines when stdout is not a terminal, readable lines with --log-format pretty", async () => {
    const json = run(['--port', '0']);
    const jsonUrl = await json.url;
    await fetch(`${jsonUrl}/unit_jobs/7`, { headers: { 'X-Correlation-ID': 'cli-json' } });
    const pretty = run(['--port', '0', '--log-format', 'pretty']);
    const prettyUrl = await pretty.url;
    await fetch(`${prettyUrl}/unit_jobs/7`, { headers: { 'X-Correlation-ID': 'cli-pretty' } });
    json.child.kill('SIGTERM');
    pretty.child.kill('SIGTERM');
    expect(await json.exited).toBe(0);
    expect(await pretty.exited).toBe(0);

    const logged = json
      .output()
      .stdout.split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: 40,
        method: 'GET',
        path: '/unit_jobs/7',
        status: 401,
        correlationId: 'cli-json',
      }),
    );
    // No colour: this stdout is a pipe, not a terminal.
    expect(pretty.output().stdout).toMatch(
      /^\d\d:\d\d:\d\d WARN {2}GET \/unit_jobs\/7 401 Unauthorized \d+\.\d ms cli-pretty$/m,
    );
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

  it('answers as well when it starts from the compile cache its previous run left', async () => {
    const syncJob = async () => {
      const cli = run(['--port', '0', '--log-level', 'silent']);
      const response = await fetch(`${await cli.url}/sync_jobs`, {
        method: 'POST',
        headers: { Authorization: 'Bearer cli-cache', 'Content-Type': 'application/json' },
        body: JSON.stringify(openEoJobRequestExample),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      cli.child.kill('SIGTERM');
      expect(await cli.exited).toBe(0);
      return { status: response.status, type: response.headers.get('content-type'), bytes };
    };
    // The first run writes the cache as it ends; the second compiles nothing it has run before,
    // and still loads the GeoTIFF writer on demand.
    const first = await syncJob();
    const second = await syncJob();
    expect(first.status).toBe(200);
    expect(second).toEqual(first);
    expect(second.type).toMatch(/^image\/tiff/);
    // A TIFF's byte-order mark.
    expect(String.fromCharCode(...second.bytes.slice(0, 2))).toMatch(/^(II|MM)$/);
  });

  it("streams a job's status, ws loaded with the first stream, and closes it 1012 on SIGTERM", async () => {
    const cli = run(['--port', '0', '--log-level', 'silent', '--job-duration', '200ms']);
    const url = await cli.url;
    const created = await fetch(`${url}/unit_jobs`, {
      method: 'POST',
      headers: { Authorization: 'Bearer cli-stream', 'Content-Type': 'application/json' },
      body: JSON.stringify(ogcApiProcessJobRequestExample),
    });
    expect(created.status).toBe(201);
    const stream = await openStream(wsUrl(url, '/ws/jobs_status?token=cli-stream&interval=1'));
    const isStatus = (message: unknown) => (message as { type?: string }).type === 'status';
    const messages = await stream.until((received) => received.some(isStatus));
    expect(messages[0]).toMatchObject({ type: 'init' });
    expect(messages.find(isStatus)).toMatchObject({
      data: { processing_jobs: [{ id: 1, title: ogcApiProcessJobRequestExample.title }] },
    });
    cli.child.kill('SIGTERM');
    expect(await stream.closed).toEqual({ code: 1012, reason: '' });
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
      { name: 'n', type: 'integer', optional: false, description: 'N', default: null, options: [] },
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
  it('starts with the jobs of a --seed file, in every status, and refuses a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-seed-'));
    const statuses = ['created', 'queued', 'running', 'finished', 'failed', 'canceled', 'unknown'];
    const seed = join(dir, 'seed.json');
    writeFileSync(
      seed,
      JSON.stringify({ jobs: statuses.map((status) => ({ user: 'demo', status })) }),
    );
    const cli = run(['--port', '0', '--seed', seed]);
    const response = await fetch(`${await cli.url}/jobs_status`, {
      headers: { Authorization: 'Bearer demo' },
    });
    const listed = (await response.json()) as { processing_jobs: Array<{ status: string }> };
    expect(listed.processing_jobs.map((job) => job.status)).toEqual(statuses);
    cli.child.kill('SIGTERM');
    await cli.exited;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ jobs: [{ user: 'demo', status: 'done' }] }));
    const refused = run(['--port', '0', '--seed', bad]);
    expect(await refused.exited).toBe(2);
    expect(refused.output().stderr).toMatch(/Invalid seed file .*jobs\.0\.status/);
  });

  it('prints the package version for --version', async () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const cli = run(['--version']);
    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toBe(`${version}\n`);
  });

  it('listens on the port named by PORT when --port is not given', async () => {
    const port = await freePort();
    const cli = run(['--log-level', 'silent'], { PORT: String(port) });
    expect(await cli.url).toBe(`http://127.0.0.1:${port}`);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('says in one line which port is busy and how to choose another', async () => {
    const busy = await listening();
    try {
      const port = (busy.address() as { port: number }).port;
      const cli = run(['--port', String(port)]);
      expect(await cli.exited).toBe(1);
      const { stdout, stderr } = cli.output();
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([
        `apex-dispatch-mock: port ${port} is already in use on 127.0.0.1; choose another with --port <n> or PORT=<n> (0 picks a free one)`,
      ]);
    } finally {
      busy.close();
    }
  });

  it('exits with 0 when Ctrl-C reaches it twice, from the terminal and from a package manager', async () => {
    const cli = run(['--port', '0', '--log-level', 'silent']);
    await cli.url;
    cli.child.kill('SIGINT');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });
});

function listening(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listening();
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
