import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedTarballs } from './testing/packed';
import { repoRoot, run } from './testing/tools';

// An app already on zod 4 (npm's latest): it installs our packages with a plain `npm install`,
// compiles strict with our declarations checked, and runs the seed scenario against the mock.
// It works because our packages depend on zod 3 (and ts-rest 3.52, which needs zod 3) instead of
// asking the app for it: npm nests that zod 3 under our packages, the app keeps its zod 4.
const packages = ['contract', 'client', 'mock-server'] as const;
const typescript = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');

let app: string;

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'apex-dispatch-zod4-'));
  const packed = join(app, 'packed');
  mkdirSync(packed);
  // The tarballs `pnpm pack:packages` (`pnpm pack` in each package) packed for this run, copied.
  const shared = await packedTarballs(packages);
  const tarballs: Record<string, string> = {};
  for (const pkg of packages) {
    const file = basename(shared[pkg]);
    copyFileSync(shared[pkg], join(packed, file));
    tarballs[`@apex-dispatch/${pkg}`] = `file:./packed/${file}`;
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'zod4-app',
      private: true,
      type: 'module',
      dependencies: { ...tarballs, zod: '^4.0.0', '@types/node': '^20.19.0' },
      overrides: { '@apex-dispatch/contract': '$@apex-dispatch/contract' },
    }),
  );
}, 600_000);

afterAll(() => rmSync(app, { recursive: true, force: true }));

const seedScenario = `import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import {
  type BaseJobRequest,
  createDispatchClient,
  OutputFormatEnum,
  ProcessTypeEnum,
} from '@apex-dispatch/client';
import { startMockServer } from '@apex-dispatch/mock-server';
import { z } from 'zod';

// The app's own schemas are zod 4 (z.email() and z.iso.datetime() are zod 4 only).
const Owner = z.object({ email: z.email(), since: z.iso.datetime() });
const owner = Owner.parse({ email: 'a@example.test', since: '2026-05-01T10:00:00Z' });

const server = await startMockServer({ port: 0, jobDurationMs: 0 });
const client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
const body: BaseJobRequest = {
  title: 'Variability map',
  label: ProcessTypeEnum.OPENEO,
  service: {
    endpoint: 'https://openeofed.dataspace.copernicus.eu',
    application:
      'https://raw.githubusercontent.com/ESA-APEx/apex_algorithms/32ea3c9a6fa24fe063cb59164cd318cceb7209b0/openeo_udp/variabilitymap/variabilitymap.json',
  },
  parameters: {
    spatial_extent: { west: 5.17, south: 51.246, east: 5.18, north: 51.251 },
    temporal_extent: ['2025-05-01', '2025-05-31'],
  },
  format: OutputFormatEnum.GEOJSON,
};
try {
  const job = await client.createUnitJob(body);
  const result = await client.createSyncJob(body);
  const params = await client.getJobParams({ label: body.label, service: body.service });
  const ogc = await client.createUnitJob(ogcApiProcessJobRequestExample);
  const ended = await client.waitForJob(ogc.id, { intervalMs: 1 });
  console.log(JSON.stringify({
    owner: owner.email,
    job: [job.id, job.status],
    result: [result.kind, result.contentType.split(';')[0]],
    params: params.length > 0,
    ended: ended.status,
  }));
} finally {
  await server.close();
}
`;

describe('an app on zod 4', () => {
  it('installs our packages with a plain npm install, no --force or --legacy-peer-deps, and keeps its own zod 4', () => {
    // --prefer-offline only takes package metadata from npm's cache when it has it, as the
    // tarball tests do: the same tree is resolved, without a round trip per package.
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
    const version = (dir: string) =>
      JSON.parse(readFileSync(join(app, dir, 'package.json'), 'utf8')).version as string;
    expect(version('node_modules/zod')).toMatch(/^4\./);
    expect(version('node_modules/@apex-dispatch/contract/node_modules/zod')).toMatch(/^3\./);
  }, 600_000);

  it('compiles strict, with our declarations checked, and runs the seed scenario', () => {
    writeFileSync(join(app, 'seed.mts'), seedScenario);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'node16',
          moduleResolution: 'node16',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          types: ['node'],
          outDir: 'out',
        },
        files: ['seed.mts'],
      }),
    );
    const compiled = (() => {
      try {
        return run(process.execPath, [typescript, '-p', 'tsconfig.json'], app);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(compiled).toBe('');
    const output = JSON.parse(run(process.execPath, ['out/seed.mjs'], app));
    expect(output).toEqual({
      owner: 'a@example.test',
      job: [1, 'finished'],
      // The service ignores `format` for synchronous jobs: the variability map is a GeoTIFF.
      result: ['binary', 'image/tiff'],
      params: true,
      ended: 'finished',
    });
  });
});
