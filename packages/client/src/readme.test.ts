import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const INDEX = fileURLToPath(new URL('./index.ts', import.meta.url));

let server: MockServer;
let folder: string;

beforeAll(async () => {
  server = await startMockServer({ port: 0 });
  folder = await mkdtemp(join(tmpdir(), 'client-readme-'));
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const seedExample = async (): Promise<string | undefined> => {
  const readme = await readFile(README, 'utf8');
  return readme.match(/## Submit processing jobs[\s\S]*?```ts\n([\s\S]*?)```/)?.[1];
};

describe('README', () => {
  it('type-checks the seed scenario under strict settings', async () => {
    const file = join(folder, 'typed.ts');
    await writeFile(file, (await seedExample()) ?? '');
    const program = ts.createProgram([file], {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
      noEmit: true,
      paths: { '@apex-dispatch/client': [INDEX] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 30_000);

  it('runs the seed scenario as written, against the mock server', async () => {
    const example = await seedExample();
    expect(example).toContain("baseUrl: 'http://127.0.0.1:8000'");
    // Only where it runs changes: this package's source, and the mock server's free port.
    const code = (example ?? '')
      .replace("from '@apex-dispatch/client'", `from ${JSON.stringify(pathToFileURL(INDEX).href)}`)
      .replace("'http://127.0.0.1:8000'", JSON.stringify(server.url));
    const file = join(folder, 'submit.ts');
    await writeFile(file, code);

    const lines: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => {
      lines.push(args);
    });
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }

    const [job, result, ...params] = lines;
    expect(job?.[0]).toMatchObject({ title: 'Vegetation index', label: 'ogc_api_process' });
    expect(result?.[0]).toMatchObject({ kind: 'json', data: { type: 'FeatureCollection' } });
    expect(params).toEqual(
      expect.arrayContaining([
        ['collection', 'string', false],
        ['bbox', 'bounding-box', false],
      ]),
    );
  });
});
