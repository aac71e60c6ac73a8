#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { banner } from './cli/banner';
import { type CliRequest, HELP, parseCliArgs } from './cli/parseCliArgs';
import { defaultDocsDir } from './http/nodeDocsReader';
import { startMockServer } from './http/startMockServer';

// The package's own manifest, one level above both src/cli.ts and the bundled dist/cli.cjs.
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

function isPortInUse(error: unknown): error is NodeJS.ErrnoException {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  let request: CliRequest;
  try {
    request = parseCliArgs(args, process.env);
  } catch (error) {
    // One line of what is wrong, not the whole help after each mistake.
    process.stderr.write(
      `apex-dispatch-mock: ${(error as Error).message}\nRun apex-dispatch-mock --help for the options.\n`,
    );
    process.exit(2);
  }
  if (request.help) {
    process.stdout.write(HELP);
    return;
  }
  const { options } = request;
  const level = options.logLevel ?? 'info';
  // At `silent` nothing is written, so the logger (pino) is not even loaded.
  const logger =
    level === 'silent'
      ? undefined
      : (await import('./cli/createCliLogger')).createCliLogger({
          level,
          format: request.logFormat,
        });
  const server = await startMockServer({ ...options, logger }).catch((error: unknown) => {
    if (!isPortInUse(error)) throw error;
    process.stderr.write(
      `apex-dispatch-mock: port ${options.port} is already in use on ${options.host}; choose another with --port <n> or PORT=<n> (0 picks a free one)\n`,
    );
    process.exit(1);
  });
  // A terminal's Ctrl-C reaches every process of its group, and a package manager running us may
  // forward it once more: the first signal closes the server, the next ones are not fatal.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger?.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger?.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Announced once a signal can stop it: whoever waits for these lines may send one at once.
  process.stdout.write(
    banner({
      url: server.url,
      version: version(),
      auth: options.auth ?? true,
      docsNote: existsSync(join(options.docsDir ?? defaultDocsDir(), 'index.html'))
        ? undefined
        : '(not built yet: `pnpm start` builds it meanwhile, reload in a moment)',
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`apex-dispatch-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
