import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const ROOT_README = fileURLToPath(new URL('../../../README.md', import.meta.url));
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

const exampleAfter = async (readmePath: string, heading: string): Promise<string> => {
  const readme = await readFile(readmePath, 'utf8');
  const pattern = new RegExp(`## ${heading}[\\s\\S]*?\`\`\`ts\\n([\\s\\S]*?)\`\`\``);
  return readme.match(pattern)?.[1] ?? '';
};

/** The compiler's complaints about an example, under strict settings. */
const typeCheck = async (example: string, name: string): Promise<string[]> => {
  const file = join(folder, `${name}.ts`);
  await writeFile(file, example);
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
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
};

/** Runs an example against the mock server and returns what it logged, call by call. */
const run = async (example: string, name: string, url = server.url): Promise<unknown[][]> => {
  expect(example).toContain("baseUrl: 'http://127.0.0.1:8000'");
  // Only where it runs changes: this package's source, and the mock server's free port.
  const code = example
    .replace("from '@apex-dispatch/client'", `from ${JSON.stringify(pathToFileURL(INDEX).href)}`)
    .replace("'http://127.0.0.1:8000'", JSON.stringify(url));
  const file = join(folder, `${name}.ts`);
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
  return lines;
};

describe('README', () => {
  it('type-checks the seed scenario under strict settings', async () => {
    const example = await exampleAfter(README, 'Submit processing jobs');
    expect(await typeCheck(example, 'typed')).toEqual([]);
  }, 30_000);

  it('runs the seed scenario as written, against the mock server', async () => {
    const lines = await run(await exampleAfter(README, 'Submit processing jobs'), 'submit');
    const [job, result, ...params] = lines;
    expect(job?.[0]).toMatchObject({ title: 'Vegetation index', label: 'ogc_api_process' });
    // The service ignores `format` for synchronous jobs: the variability map is a GeoTIFF.
    expect(result?.[0]).toMatchObject({ kind: 'binary', contentType: 'image/tiff' });
    expect(params).toEqual(
      expect.arrayContaining([
        ['collection', 'string', false],
        ['bbox', 'bounding-box', false],
      ]),
    );
  });
});

describe("the repository's README", () => {
  it('type-checks its seed scenario under strict settings', async () => {
    const example = await exampleAfter(ROOT_README, 'The seed scenario in TypeScript');
    expect(await typeCheck(example, 'root-typed')).toEqual([]);
  }, 30_000);

  it('prints what its comments say, against a fresh mock server', async () => {
    const fresh = await startMockServer({ port: 0 });
    const lines = await run(
      await exampleAfter(ROOT_README, 'The seed scenario in TypeScript'),
      'root-submit',
      fresh.url,
    ).finally(() => fresh.close());
    const [job, result, ...params] = lines;
    expect(job).toEqual([1, 'created']);
    expect(result).toEqual(['binary', 'image/tiff']);
    expect(params.length).toBeGreaterThan(0);
    for (const [name, type, optional] of params) {
      expect(typeof name).toBe('string');
      expect(typeof type).toBe('string');
      expect(typeof optional).toBe('boolean');
    }
  });
});
