// `pnpm start [-- options]`: builds the mock server and the docs it serves (turbo, quietly: its
// log is shown only when the build fails), then runs the apex-dispatch-mock CLI in this process
// with the options given, e.g. `pnpm start --port 9000` (PORT=9000 works too).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
const startedAt = performance.now();
process.stdout.write('Building the contract, the docs and the mock server...');
const build = spawnSync(
  process.execPath,
  [turbo, 'run', 'build', '--filter=@apex-dispatch/mock-server...', '--output-logs=errors-only'],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_PRINT_VERSION_DISABLED: '1' },
  },
);
if (build.status !== 0) {
  process.stdout.write(' failed.\n');
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}${build.error?.message ?? ''}\n`);
  process.exit(build.status ?? 1);
}
process.stdout.write(` done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.\n\n`);

// pnpm passes a leading `--` through; the CLI takes its options without it.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
const cli = fileURLToPath(new URL('../packages/mock-server/dist/cli.js', import.meta.url));
process.argv = [process.argv[0] ?? process.execPath, cli, ...args];
await import(pathToFileURL(cli).href);
