import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMockServer } from '@apex-dispatch/mock-server';
import { build } from 'esbuild';
import { beforeAll, describe, it } from 'vitest';
import {
  DOCS_ROOT,
  GUIDE_BASE_URL,
  guides,
  readmePrograms,
  type SnippetProgram,
  snippetPrograms,
  TEST_RESULTS_DIR,
} from './guides';
import {
  instrumentStatedOutputs,
  type PrintedOutput,
  STATED_OUTPUT_RECORDER,
  statedOutputs,
  unmetStatedOutputs,
} from './statedOutputs';
import { workspaceSources, workspaceSourcesPlugin } from './workspaceSources';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// Inside the docs app, so the programs resolve @apex-dispatch/client like a user's code would.
const SNIPPETS_DIR = join(TEST_RESULTS_DIR, 'snippets');

// The guides' snippets, and the READMEs' examples that take the same path.
const programs = [...guides.flatMap(({ slug }) => snippetPrograms(slug)), ...readmePrograms()];
const scripts = programs.filter((program) => program.kind === 'script');
const testFiles = programs.filter((program) => program.kind === 'vitest');

beforeAll(() => {
  rmSync(SNIPPETS_DIR, { recursive: true, force: true });
  mkdirSync(SNIPPETS_DIR, { recursive: true });
});

// Each stated statement calls this instead of console.log (see instrumentStatedOutputs): it
// prints the same, and appends the statement's index and text to a file of their own, so stdout
// stays what the user sees and stderr stays empty.
const RECORDER_BANNER = [
  "import { appendFileSync as __appendFileSync } from 'node:fs';",
  "import { format as __format } from 'node:util';",
  `const ${STATED_OUTPUT_RECORDER} = (index, ...args) => {`,
  '  console.log(...args);',
  "  __appendFileSync(process.env.STATED_OUTPUTS_FILE, JSON.stringify({ index, text: __format(...args) }) + '\\n');",
  '};',
].join('\n');

// One file with the workspace packages' source inside (the docs app does not depend on them),
// and what they import; bundled CommonJS gets a real `require` for node's built-ins.
async function runScript(program: SnippetProgram, baseUrl: string) {
  const file = join(SNIPPETS_DIR, `${program.name}.mjs`);
  const outputsFile = join(SNIPPETS_DIR, `${program.name}.outputs.jsonl`);
  writeFileSync(outputsFile, '');
  await build({
    stdin: {
      contents: instrumentStatedOutputs(program.code.replaceAll(GUIDE_BASE_URL, baseUrl)),
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
      js: [
        "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        RECORDER_BANNER,
      ].join('\n'),
    },
    logLevel: 'silent',
  });
  const { stdout, stderr } = await run(process.execPath, [file], {
    cwd: DOCS_ROOT,
    timeout: 60_000,
    env: { ...process.env, STATED_OUTPUTS_FILE: outputsFile },
  });
  const printed: PrintedOutput[] = readFileSync(outputsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { stdout, stderr, printed };
}

describe.concurrent('the guides', () => {
  it('have TypeScript snippets in every guide', ({ expect }) => {
    for (const { slug } of guides) {
      expect(snippetPrograms(slug).length, slug).toBeGreaterThan(0);
    }
  });

  // A ```ts typecheck block is checked against msw-storybook-addon's own types (its Storybook
  // peer is left out, so Storybook's loader type is any) since no test runs Storybook; anything
  // else a guide shows must run.
  it('leave to type-checking alone only what needs Storybook', ({ expect }) => {
    const checkedOnly = programs.filter(({ kind }) => kind === 'typecheck');
    expect(checkedOnly.length).toBeGreaterThan(0);
    for (const { name, code } of checkedOnly) {
      expect(code, name).toMatch(/from 'msw-storybook-addon(\/csf3)?'/);
    }
  });

  it('type-check as written', async ({ expect }) => {
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

// The test-suite snippets run as a user's would: under vitest, all in one run of their own (a
// child process, one file per snippet), which each snippet's test then reads its file's result
// from. One run, not one per snippet: vitest's start is most of each one's time.
type SuiteResults = {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
};

let snippetSuites: Promise<SuiteResults> | undefined;

function runSnippetSuites(): Promise<SuiteResults> {
  snippetSuites ??= (async () => {
    const dir = join(SNIPPETS_DIR, 'vitest');
    mkdirSync(dir, { recursive: true });
    for (const program of testFiles)
      writeFileSync(join(dir, `${program.name}.test.ts`), program.code);
    const alias = Object.entries(workspaceSources).map(([specifier, source]) => ({
      find: `^${specifier}$`,
      replacement: source,
    }));
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      [
        `const alias = ${JSON.stringify(alias)};`,
        // The mock's source and the snippet both import msw: one copy of it, the docs app's, as
        // an app has one (pnpm may install the workspace's two with different peers, and MSW
        // knows its WebSocket handlers by symbols of their own copy).
        'const oneMsw = {',
        "  name: 'one-msw',",
        "  enforce: 'pre',",
        '  resolveId(source, importer, options) {',
        '    if (!/^msw(\\/|$)/.test(source) || importer === import.meta.filename) return null;',
        '    return this.resolve(source, import.meta.filename, { ...options, skipSelf: true });',
        '  },',
        '};',
        'export default {',
        '  plugins: [oneMsw],',
        '  resolve: { alias: alias.map(({ find, replacement }) => ({ find: new RegExp(find), replacement })) },',
        "  test: { include: ['*.test.ts'] },",
        '};',
        '',
      ].join('\n'),
    );
    const resultsFile = join(dir, 'results.json');
    rmSync(resultsFile, { force: true });
    const vitest = join(require.resolve('vitest/package.json'), '..', 'vitest.mjs');
    // A failing snippet makes vitest exit 1; its results file says which, and why. No file
    // means vitest itself could not run: what it printed says why.
    const failure = await run(
      process.execPath,
      [vitest, 'run', '--root', dir, '--reporter=json', `--outputFile=${resultsFile}`],
      { cwd: DOCS_ROOT, timeout: 110_000 },
    ).then(
      () => undefined,
      (error: { stderr?: string; message?: string }) => error.stderr || error.message,
    );
    if (!existsSync(resultsFile)) {
      throw new Error(`vitest ran none of the guides' test-suite snippets: ${failure}`);
    }
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults;
  })();
  return snippetSuites;
}

describe.concurrent.each(testFiles)('the test-suite snippet $name', (program) => {
  it('passes under vitest', async ({ expect }) => {
    const { testResults } = await runSnippetSuites();
    const file = testResults.find(({ name }) => name.endsWith(`/${program.name}.test.ts`));
    expect(file, `${program.name}.test.ts was not run`).toBeDefined();
    const tests = (file?.assertionResults ?? []).map(({ fullName, status, failureMessages }) => ({
      fullName,
      status,
      failure: failureMessages.join('\n'),
    }));
    expect(file?.message ?? '', 'the file failed to load').toBe('');
    expect(tests.length).toBeGreaterThan(0);
    expect(tests.filter(({ status }) => status !== 'passed')).toEqual([]);
  });
});

describe.concurrent.each(scripts)('the snippet program $name', (program) => {
  it('runs against the mock server', async ({ expect, onTestFinished }) => {
    const server = await startMockServer({ port: 0, jobDurationMs: 1_000 });
    onTestFinished(() => server.close());
    const { stdout, stderr, printed } = await runScript(program, server.url);
    expect(stderr).toBe('');
    expect(stdout.trim().length).toBeGreaterThan(0);
    // What the guide says a statement prints (`console.log(x); // what it prints`) is printed by
    // that statement: at least once, one of its lines matching (statedOutputs.ts).
    const url = server.url;
    const unmet = unmetStatedOutputs(
      statedOutputs(program.code),
      printed.map(({ index, text }) => ({ index, text: text.replaceAll(url, GUIDE_BASE_URL) })),
    );
    expect(unmet, `printed:\n${stdout}`).toEqual([]);
  });
});
