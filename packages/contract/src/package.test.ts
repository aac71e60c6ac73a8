import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the built package the way `pnpm publish` would and uses it from a project of its own.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, CI: 'true' },
  });

let scratch: string;
let tarball: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'apex-contract-pack-'));
  run('pnpm', ['pack', '--pack-destination', scratch], packageDir);
  const file = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  if (!file) throw new Error('pnpm pack wrote no tarball');
  tarball = join(scratch, file);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  run('pnpm', ['add', `file:${tarball}`, '--prefer-offline', '--ignore-workspace'], scratch);
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the published tarball', () => {
  it('ships dist and its own manifest, licence and readme: no reference document, no sources', () => {
    const files = run('tar', ['-tzf', tarball], scratch).trim().split('\n');
    const own = ['package/package.json', 'package/LICENSE', 'package/README.md'];
    expect(files.filter((f) => !own.includes(f) && !f.startsWith('package/dist/'))).toEqual([]);
    expect(files).toContain('package/dist/index.d.cts');
  });

  it('is imported from ESM', () => {
    writeFileSync(
      join(scratch, 'esm.mjs'),
      `import { dispatchContract, ProcessTypeEnum, BaseJobRequestSchema, ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
console.log(JSON.stringify([Object.keys(dispatchContract).length, ProcessTypeEnum.OGC_API_PROCESS,
  BaseJobRequestSchema.safeParse(ogcApiProcessJobRequestExample).success, buildOpenApiDocument().openapi.slice(0, 1)]));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs'], scratch))).toEqual([
      11,
      'ogc_api_process',
      true,
      '3',
    ]);
  });

  it('is required from CommonJS', () => {
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      `const { dispatchContract, OutputFormatEnum } = require('@apex-dispatch/contract');
const { buildOpenApiDocument } = require('@apex-dispatch/contract/openapi');
console.log(JSON.stringify([dispatchContract.getJob.path, OutputFormatEnum.GTIFF, typeof buildOpenApiDocument]));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs'], scratch))).toEqual([
      '/unit_jobs/:job_id',
      'gtiff',
      'function',
    ]);
  });

  it('resolves its types from ESM and CommonJS under node16 resolution', () => {
    const source = (
      ext: string,
    ) => `import { type BaseJobRequest, ProcessTypeEnum } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
export const body: BaseJobRequest = { title: 't', label: ProcessTypeEnum.OPENEO, parameters: {}, format: 'json',
  service: { endpoint: 'https://openeo.example.test', application: 'https://example.test/udp.json' } };
// @ts-expect-error a request needs a service (${ext})
export const broken: BaseJobRequest = { title: 't', label: 'openeo', parameters: {}, format: 'json' };
export const paths: string[] = Object.keys(buildOpenApiDocument().paths);
`;
    writeFileSync(join(scratch, 'types.mts'), source('esm'));
    writeFileSync(join(scratch, 'types.cts'), source('cjs'));
    const args = ['--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16'];
    expect(() => run(bin('tsc'), [...args, 'types.mts', 'types.cts'], scratch)).not.toThrow();
  });

  it('passes publint and arethetypeswrong', () => {
    expect(run(bin('publint'), ['--strict'], packageDir)).not.toMatch(/error/i);
    // attw exits non-zero on any problem, for node10, node16 (ESM and CJS) and bundlers.
    expect(run(bin('attw'), [tarball, '--format', 'ascii'], scratch)).toMatch(/No problems found/);
  }, 60_000);
});
