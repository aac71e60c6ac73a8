#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { type CliRequest, HELP, parseCliArgs } from './cli/parseCliArgs';
import { isConformanceRunError } from './errors/ConformanceRunError';
import { formatReport } from './report/formatReport';
import { runConformance } from './runConformance';

const NAME = 'apex-dispatch-conformance';

// The package's own manifest, one level above both src/cli.ts and dist/cli.js.
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

/** Ends the process with `code` once what was written has gone out. */
function exit(code: number): void {
  process.exitCode = code;
}

async function main(): Promise<void> {
  let request: CliRequest;
  try {
    request = parseCliArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${NAME}: ${(error as Error).message} (see --help)\n`);
    return exit(2);
  }
  if (request.kind === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (request.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return;
  }
  const { options, json } = request;
  if (options.write) {
    process.stderr.write(
      `${NAME}: warning: --write creates a real job on ${options.baseUrl}, run by a real platform, which may cost credits; it is deleted at the end.\n`,
    );
  }
  try {
    const report = await runConformance(options);
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    exit(report.summary.failed > 0 ? 1 : 0);
  } catch (error) {
    if (!isConformanceRunError(error)) throw error;
    process.stderr.write(`${NAME}: could not run: ${error.message}\n`);
    exit(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${NAME}: could not run: ${(error as Error).message}\n`);
  process.exitCode = 2;
});
