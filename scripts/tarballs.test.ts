import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { packedTarballs } from './testing/packed';
import { repoRoot, run, runAsync, runBinAsync } from './testing/tools';

// The four packages as npm would deliver them, the way the README and the getting-started guide
// say to install them today: `pnpm pack:packages` packs them into one folder (its script is run
// on what `pnpm test` built, once per run for this file and the zod 4 app's: see
// testing/packPackagesOnce.ts), then `npm install <folder>/*.tgz` in a project of its own
// (with @types/node too, as a Node project has), the folder copied into it. They are then used
// from ESM, CommonJS, TypeScript and the command line.
const packages = ['contract', 'client', 'mock-server', 'conformance'] as const;
type Pkg = (typeof packages)[number];
const packageDir = (pkg: Pkg) => join(repoRoot, 'packages', pkg);
const typescript = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

let scratch: string;
const tarballs = {} as Record<Pkg, string>;
const children: ChildProcess[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'apex-dispatch-tarballs-'));
  const packed = join(scratch, 'packed');
  const shared = await packedTarballs(packages);
  cpSync(dirname(shared.contract), packed, { recursive: true });
  const files = readdirSync(packed).filter((name) => name.endsWith('.tgz'));
  for (const pkg of packages) tarballs[pkg] = join(packed, basename(shared[pkg]));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // The dependencies come from npm's cache when it has them: the tarballs are what is tested.
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...files.map((file) => `./packed/${file}`),
      '@types/node@^20.19.0',
    ],
    scratch,
  );
}, 600_000);

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

function listing(pkg: Pkg): string[] {
  return run('tar', ['-tzf', tarballs[pkg]], scratch).trim().split('\n');
}

// Side by side: the checks that compile and run wait on child processes, which the cores share.
describe.concurrent('the published tarballs', () => {
  it('are installed by the documented command, the contract packed beside the others', ({
    expect,
  }) => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8'));
    for (const pkg of packages) {
      expect(manifest.dependencies[`@apex-dispatch/${pkg}`]).toMatch(/^file:packed\/.+\.tgz$/);
    }
    // The client and the mock use the contract packed with them, not one from the registry.
    const lock = JSON.parse(readFileSync(join(scratch, 'package-lock.json'), 'utf8'));
    const contracts = Object.entries(lock.packages).filter(([path]) =>
      path.endsWith('node_modules/@apex-dispatch/contract'),
    );
    expect(
      contracts.map(([path, entry]) => [path, (entry as { resolved: string }).resolved]),
    ).toEqual([['node_modules/@apex-dispatch/contract', expect.stringMatching(/^file:packed\//)]]);
  });

  it('ship the manifest, README, LICENSE and what dist needs, nothing else', ({ expect }) => {
    const sizes: string[] = [];
    for (const pkg of packages) {
      const files = listing(pkg);
      expect(files).toEqual(expect.arrayContaining(['package/package.json', 'package/LICENSE']));
      expect(files).toContain('package/README.md');
      expect(files).toContain('package/dist/index.d.cts');
      const unexpected = files.filter(
        (file) =>
          !/^package\/(package\.json|README\.md|LICENSE|dist\/.+)$/.test(file) &&
          !(pkg === 'mock-server' && file === 'package/bin/apex-dispatch-mock.cjs') &&
          !(pkg === 'conformance' && file === 'package/bin/apex-dispatch-conformance.js'),
      );
      expect(unexpected).toEqual([]);
      sizes.push(`${pkg} ${(statSync(tarballs[pkg]).size / 1024).toFixed(0)} KB packed`);
    }
    console.log(`tarballs: ${sizes.join(', ')}`);
  });

  it('ship the mock CLI once, as the bundle its command runs, and the docs site', ({ expect }) => {
    const files = listing('mock-server');
    expect(files).toContain('package/dist/cli.cjs');
    expect(files.filter((file) => /cli\.(js|cjs\.map|js\.map|d\.c?ts)$/.test(file))).toEqual([]);
    expect(files).toContain('package/dist/docs/index.html');
  });

  it('are imported from ESM and used together', async ({ expect }) => {
    writeFileSync(
      join(scratch, 'esm.mjs'),
      `import { dispatchContract, ProcessTypeEnum, ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import { createDispatchClient } from '@apex-dispatch/client';
import { startMockServer } from '@apex-dispatch/mock-server';
const server = await startMockServer({ jobDurationMs: 0 });
const client = createDispatchClient({ baseUrl: server.url, token: 'esm' });
const job = await client.createUnitJob(ogcApiProcessJobRequestExample);
console.log(JSON.stringify([typeof dispatchContract.getJob, ProcessTypeEnum.OPENEO,
  buildOpenApiDocument().openapi.slice(0, 1), job.id, (await client.getJob(job.id)).status]));
await server.close();`,
    );
    expect(JSON.parse(await runAsync(process.execPath, ['esm.mjs'], scratch))).toEqual([
      'object',
      'openeo',
      '3',
      1,
      'finished',
    ]);
  });

  it('are required from CommonJS and used together', async ({ expect }) => {
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      `const { OutputFormatEnum, ogcApiProcessJobRequestExample } = require('@apex-dispatch/contract');
const { buildOpenApiDocument } = require('@apex-dispatch/contract/openapi');
const { createDispatchClient } = require('@apex-dispatch/client');
const { startMockServer } = require('@apex-dispatch/mock-server');
(async () => {
  const server = await startMockServer();
  const client = createDispatchClient({ baseUrl: server.url, token: 'cjs' });
  const job = await client.createUnitJob(ogcApiProcessJobRequestExample);
  console.log(JSON.stringify([OutputFormatEnum.GTIFF, typeof buildOpenApiDocument, job.id]));
  await server.close();
})();`,
    );
    expect(JSON.parse(await runAsync(process.execPath, ['cjs.cjs'], scratch))).toEqual([
      'gtiff',
      'function',
      1,
    ]);
  });

  it('type-check a strict consumer that checks their declarations (skipLibCheck: false)', async ({
    expect,
  }) => {
    const source = (kind: string) => `import { createServer } from 'node:http';
import { type BaseJobRequest, ProcessTypeEnum, ProcessingJobSchema } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import { createDispatchClient, DispatchApiError, type ProcessingJob } from '@apex-dispatch/client';
import { createMockApp, type MockApp, startMockServer } from '@apex-dispatch/mock-server';
import { type ConformanceReport, runConformance } from '@apex-dispatch/conformance';
import { z } from 'zod';

export const body: BaseJobRequest = { title: 't', label: ProcessTypeEnum.OPENEO, parameters: {}, format: 'json',
  service: { endpoint: 'https://openeo.example.test', application: 'https://example.test/udp.json' } };
// @ts-expect-error a request needs a service (${kind})
export const broken: BaseJobRequest = { title: 't', label: 'openeo', parameters: {}, format: 'json' };
export const paths: string[] = Object.keys(buildOpenApiDocument().paths);
export const mine = z.object({ job: ProcessingJobSchema });
export const app: MockApp = createMockApp({ auth: false });
export const server = createServer(createMockApp());
// @ts-expect-error createMockApp() is typed, not any: it has no express methods (${kind})
createMockApp().listen(0);
export async function status(url: string): Promise<ProcessingJob['status'] | number> {
  const client = createDispatchClient({ baseUrl: url, token: 'TOKEN' });
  try {
    return (await client.getJob(1)).status;
  } catch (error) {
    if (error instanceof DispatchApiError) return error.status;
    throw error;
  }
}
export const running: Promise<{ url: string }> = startMockServer({ port: 0 });
export const checked: Promise<ConformanceReport> = runConformance({ baseUrl: 'http://127.0.0.1:8000' });
`;
    writeFileSync(join(scratch, 'consumer.mts'), source('esm'));
    writeFileSync(join(scratch, 'consumer.cts'), source('cjs'));
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          lib: ['es2022'],
          types: ['node'],
        },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    const output = await runAsync(
      process.execPath,
      [typescript, '-p', 'tsconfig.json'],
      scratch,
    ).catch((error: Error) => error.message);
    expect(output).toBe('');
  });

  it('pass publint (strict) and arethetypeswrong', async ({ expect }) => {
    const tools = packageDir('client');
    await Promise.all(
      packages.map(async (pkg) => {
        const publint = await runBinAsync(
          tools,
          ['publint'],
          ['run', tarballs[pkg], '--strict'],
          scratch,
        );
        expect(publint, pkg).not.toMatch(/error|warning|suggestion/i);
        // attw exits non-zero on any problem, for node10, node16 (ESM and CJS) and bundlers.
        const attw = await runBinAsync(
          tools,
          ['@arethetypeswrong/cli', 'attw'],
          [tarballs[pkg], '-f', 'ascii'],
          scratch,
        );
        expect(attw, pkg).toMatch(/No problems found/);
      }),
    );
  }, 180_000);

  it('install the apex-dispatch-conformance command, which checks a running mock', async ({
    expect,
  }) => {
    const conformance = join(scratch, 'node_modules', '.bin', 'apex-dispatch-conformance');
    writeFileSync(
      join(scratch, 'conformance.mjs'),
      `import { runConformance } from '@apex-dispatch/conformance';
import { startMockServer } from '@apex-dispatch/mock-server';
const server = await startMockServer();
const report = await runConformance({ baseUrl: server.url, token: 'alice' });
console.log(JSON.stringify(report.summary));
await server.close();`,
    );
    expect(JSON.parse(await runAsync(process.execPath, ['conformance.mjs'], scratch))).toEqual({
      passed: 18,
      failed: 0,
      skipped: 5,
    });
    expect(await runAsync(conformance, ['--help'], scratch)).toContain('--base-url');
  });

  it('install the apex-dispatch-mock command, which tells its version and serves API and docs', async ({
    expect,
  }) => {
    const command = join(scratch, 'node_modules', '.bin', 'apex-dispatch-mock');
    expect(run(command, ['--version'], scratch).trim()).toBe(
      JSON.parse(run('tar', ['-xzOf', tarballs['mock-server'], 'package/package.json'], scratch))
        .version,
    );
    const child = spawn(command, ['--port', '0', '--log-level', 'silent'], { cwd: scratch });
    children.push(child);
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        const match = /API:\s+(http:\/\/[^/\s]+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const docs = await fetch(`${url}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('APEx Dispatch');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
