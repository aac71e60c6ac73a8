import { parseArgs } from 'node:util';
import type { ConformanceOptions } from '../ConformanceOptions';

export const HELP = `Usage: apex-dispatch-conformance --base-url <url> [options]

Checks a deployment of the APEx Dispatch API against the contract of the TypeScript toolkit
(@apex-dispatch/contract) and names every drift. Read-only unless --write is given.

Options:
  --base-url <url>       The deployment, e.g. https://dispatch.example.org (required)
  --token <token>        An access token of the deployment (default: $APEX_DISPATCH_TOKEN);
                         never printed. Without one, the checks that need it are skipped
  --write                Also create a job, read it back, follow it and delete it: a real job
                         on a real platform, which may cost credits
  --request-file <file>  The job --write creates, a BaseJobRequest JSON (required with --write)
  --origin <origin>      Origin of the CORS preflight, one the deployment allows
                         (default https://example.org)
  --timeout <seconds>    Longest wait for one answer or one stream (default 30)
  --json                 Print the report as JSON: { target, checks, summary }
  -h, --help             Show this help
  -v, --version          Print the version

Exit status: 0 nothing failed, 1 drift (a check failed), 2 could not run (nothing answers at
the URL, bad arguments).
`;

/** What the command line asks for. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; json: boolean; options: Omit<ConformanceOptions, 'fetch' | 'onCheck'> };

/** Reads the arguments (and `APEX_DISPATCH_TOKEN`); throws with the reason on bad ones. */
export function parseCliArgs(args: string[], env: NodeJS.ProcessEnv): CliRequest {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      'base-url': { type: 'string' },
      token: { type: 'string' },
      write: { type: 'boolean' },
      'request-file': { type: 'string' },
      origin: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new Error('--base-url <url> is required');
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout) || seconds <= 0) {
      throw new Error(`--timeout expects a number of seconds, not "${values.timeout}"`);
    }
    timeoutMs = seconds * 1000;
  }
  return {
    kind: 'run',
    json: values.json ?? false,
    options: {
      baseUrl,
      token: values.token ?? env.APEX_DISPATCH_TOKEN,
      write: values.write ?? false,
      requestFile: values['request-file'],
      origin: values.origin,
      timeoutMs,
    },
  };
}
