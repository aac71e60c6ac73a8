import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCS_ROOT,
  GUIDE_BASE_URL,
  guides,
  type SnippetProgram,
  snippetPrograms,
  TEST_RESULTS_DIR,
} from './guides';
import { statedOutputs } from './statedOutputs';
import { workspaceSources, workspaceSourcesPlugin } from './workspaceSources';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// Inside the docs app, so the programs resolve @apex-dispatch/client like a user's code would.
const SNIPPETS_DIR = join(TEST_RESULTS_DIR, 'snippets');

const programs = guides.flatMap(({ slug }) =>
  snippetPrograms(slug).map((program) => ({ ...program, slug })),
);
const scripts = programs.filter((program) => program.kind === 'script');
const testFiles = programs.filter((program) => program.kind === 'vitest');

let server: MockServer | undefined;

beforeAll(() => {
  rmSync(SNIPPETS_DIR, { recursive: true, force: true });
  mkdirSync(SNIPPETS_DIR, { recursive: true });
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

// One file with the workspace packages' source inside (the docs app does not depend on them),
// and what they import; bundled CommonJS gets a real `require` for node's built-ins.
async function runScript(program: SnippetProgram, baseUrl: string) {
  const file = join(SNIPPETS_DIR, `${program.name}.mjs`);
  await build({
    stdin: {
      contents: program.code.replaceAll(GUIDE_BASE_URL, baseUrl),
      resolveDir: DOCS_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: file,
    plugins: [workspaceSourcesPlugin],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return run(process.execPath, [file], { cwd: DOCS_ROOT, timeout: 60_000 });
}

describe('the guides', () => {
  it('have TypeScript snippets in every guide', () => {
    for (const { slug } of guides) {
      expect(snippetPrograms(slug).length, slug).toBeGreaterThan(0);
    }
  });

  it('type-check as written', async () => {
    const dir = join(SNIPPETS_DIR, 'typecheck');
    mkdirSync(dir, { recursive: true });
    for (const program of programs) writeFileSync(join(dir, `${program.name}.ts`), program.code);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: { noEmit: true },
        include: ['*.ts'],
      }),
    );
    const tsc = require.resolve('typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], {
      cwd: DOCS_ROOT,
      timeout: 110_000,
    }).then(
      ({ stdout, stderr }) => ({ stdout, stderr, code: 0 }),
      (error: { stdout?: string; stderr?: string; code?: number | string }) => ({
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
        code: error.code ?? 'no exit code',
      }),
    );
    // tsc's diagnostics go to stdout; whatever it says, it must have said it with exit code 0.
    expect(result).toEqual({ stdout: '', stderr: '', code: 0 });
  });
});

describe.each(scripts)('the snippet program $name', (program) => {
  it('runs against the mock server', async () => {
    server = await startMockServer({ port: 0, jobDurationMs: 1_000 });
    const { stdout, stderr } = await runScript(program, server.url);
    expect(stderr).toBe('');
    expect(stdout.trim().length).toBeGreaterThan(0);
    // What the guide says a line prints (`console.log(x); // what it prints`) is printed.
    const lines = stdout.replaceAll(server.url, GUIDE_BASE_URL).split('\n');
    for (const { statement, pattern } of statedOutputs(program.code)) {
      expect(
        lines.some((line) => pattern.test(line)),
        `${statement}\nprinted:\n${stdout}`,
      ).toBe(true);
    }
  });
});

describe.each(testFiles)('the test-suite snippet $name', (program) => {
  it('passes under vitest', async () => {
    const dir = join(SNIPPETS_DIR, program.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'snippet.test.ts'), program.code);
    const alias = Object.entries(workspaceSources).map(([specifier, source]) => ({
      find: `^${specifier}$`,
      replacement: source,
    }));
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `const alias = ${JSON.stringify(alias)};\nexport default { resolve: { alias: alias.map(({ find, replacement }) => ({ find: new RegExp(find), replacement })) }, test: { include: ['*.test.ts'] } };\n`,
    );
    const vitest = join(require.resolve('vitest/package.json'), '..', 'vitest.mjs');
    const { stdout } = await run(process.execPath, [vitest, 'run', '--root', dir], {
      cwd: DOCS_ROOT,
      timeout: 110_000,
    });
    expect(stdout).toMatch(/Tests\s+.*passed/);
    expect(stdout).not.toMatch(/failed/);
  });
});
