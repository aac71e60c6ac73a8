#!/usr/bin/env node
import pino from 'pino';
import { HELP, parseCliArgs } from './cli/parseCliArgs';
import { startMockServer } from './startMockServer';

async function main(): Promise<void> {
  let request: ReturnType<typeof parseCliArgs>;
  try {
    request = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`apex-dispatch-mock: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (request.help) {
    process.stdout.write(HELP);
    return;
  }
  const logger = pino({ level: request.options.logLevel ?? 'info' });
  const server = await startMockServer({ ...request.options, logger });
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
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`apex-dispatch-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
