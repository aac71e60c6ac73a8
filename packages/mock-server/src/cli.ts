#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { type CliRequest, HELP, parseCliArgs } from './cli/parseCliArgs';
import { startMockServer } from './http/startMockServer';

// The package's own manifest, one level above both src/cli.ts and the bundled dist/cli.js.
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

// PORT from the environment stands in for a missing --port.
function withPortFromEnv(args: string[]): string[] {
  const port = process.env.PORT;
  const given = args.some((arg) => arg === '--port' || arg.startsWith('--port='));
  return port && !given ? ['--port', port, ...args] : args;
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
    request = parseCliArgs(withPortFromEnv(args));
  } catch (error) {
    process.stderr.write(`apex-dispatch-mock: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (request.help) {
    process.stdout.write(HELP);
    return;
  }
  const { options } = request;
  const logger = pino({ level: options.logLevel ?? 'info' });
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
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Announced once a signal can stop it: whoever waits for these lines may send one at once.
  process.stdout.write(
    [
      'APEx Dispatch API mock server is running',
      `  API:      ${server.url}`,
      `  Docs:     ${server.url}/docs`,
      `  OpenAPI:  ${server.url}/openapi.json`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`apex-dispatch-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
