// `pnpm start [-- options]`: builds the mock server's CLI (one bundle, from the sources, without
// types: a few seconds) and runs it in this process with the options given, e.g.
// `pnpm start --port 9000` (PORT=9000 works too). The docs site it serves at /docs is built
// meanwhile, by turbo in a child process, and appears there once built. Logs of a build are
// shown only when it fails.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mockDir = join(root, 'packages', 'mock-server');
const requireFrom = (dir) => createRequire(join(dir, 'package.json'));
const tsup = join(
  requireFrom(mockDir).resolve('tsup/package.json'),
  '..',
  'dist',
  'cli-default.js',
);
const turbo = requireFrom(root).resolve('turbo/bin/turbo');
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const startedAt = performance.now();
process.stdout.write('Building the mock server...');
const cli = spawnSync(process.execPath, [tsup, '--config', 'tsup.cli.config.ts'], {
  cwd: mockDir,
  encoding: 'utf8',
});
if (cli.status !== 0) {
  process.stdout.write(' failed.\n');
  process.stderr.write(`${cli.stdout ?? ''}${cli.stderr ?? ''}${cli.error?.message ?? ''}\n`);
  process.exit(cli.status ?? 1);
}
process.stdout.write(` done in ${seconds(startedAt)}.\n`);

// Where the CLI serves the site from: dist/docs beside its bundle, as in the published package.
const docsTarget = join(mockDir, 'dist', 'docs');
const docsBuilt = join(root, 'apps', 'docs', 'dist');
process.stdout.write(
  existsSync(join(docsTarget, 'index.html'))
    ? 'Rebuilding the docs site meanwhile; /docs serves the last one until then.\n\n'
    : 'Building the docs site meanwhile: /docs shows it in a few seconds.\n\n',
);

// pnpm passes a leading `--` through; the CLI takes its options without it.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
// The package's command, which runs the bundle just built (dist/cli.cjs).
const cliFile = join(mockDir, 'bin', 'apex-dispatch-mock.cjs');
process.argv = [process.argv[0] ?? process.execPath, cliFile, ...args];
await import(pathToFileURL(cliFile).href);
// Help and version answer at once and end: nothing to serve, so no docs to build.
const answersAndEnds = args.some((arg) => ['--help', '-h', '--version', '-v'].includes(arg));
if (!answersAndEnds) buildDocs();

// The docs by turbo, so that a later `pnpm build` finds them cached. Copied whole, then renamed,
// so that no request sees half a site. Then the contract, which the docs no longer wait for (they
// are generated from its sources) but every other package's build does: `pnpm start` built it
// before the docs when they waited for it, and a later `pnpm test` still finds it cached.
function buildDocs() {
  const docsStartedAt = performance.now();
  turboBuild('@apex-dispatch/docs', (code, log) => {
    if (code !== 0) {
      if (code !== null) process.stderr.write(`The docs site failed to build:\n${log}\n`);
      return;
    }
    const staging = `${docsTarget}.new`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(docsBuilt, staging, { recursive: true });
    rmSync(docsTarget, { recursive: true, force: true });
    renameSync(staging, docsTarget);
    process.stdout.write(`The docs site is built (${seconds(docsStartedAt)}): /docs serves it.\n`);
    turboBuild('@apex-dispatch/contract', (contractCode, contractLog) => {
      if (contractCode !== 0 && contractCode !== null) {
        process.stderr.write(`The contract failed to build:\n${contractLog}\n`);
      }
    });
  });
}

/** `turbo run build` of one package, its log kept for when it fails; it ends with the server. */
function turboBuild(name, onExit) {
  const build = spawn(
    process.execPath,
    [turbo, 'run', 'build', `--filter=${name}`, '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_PRINT_VERSION_DISABLED: '1' },
    },
  );
  let log = '';
  build.stdout.on('data', (chunk) => {
    log += chunk;
  });
  build.stderr.on('data', (chunk) => {
    log += chunk;
  });
  build.on('exit', (code) => onExit(code, log));
  // The server's shutdown ends this process: the build goes with it, not on behind it.
  process.on('exit', () => build.kill());
}
