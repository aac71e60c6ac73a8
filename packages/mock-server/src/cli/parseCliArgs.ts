import type { LogLevel, MockServerOptions } from '../domain/MockServerOptions';
import { parseByteSize } from '../domain/validation/parseByteSize';
import { loadSeedFile } from './loadSeedFile';
import { loadServicesFile } from './loadServicesFile';
import { parseDuration } from './parseDuration';
import { parseFlags } from './parseFlags';

export const HELP = `Usage: apex-dispatch-mock [options]

A stateful mock of the APEx Dispatch API.

Options:
  --port <n>             Port to listen on; 0 picks a free one (default: $PORT, else 8000)
  --host <host>          Interface to listen on (default 127.0.0.1)
  --no-auth              Accept requests without a token, all as one anonymous user
  --job-duration <time>  Time a job takes from created to finished, e.g. 3s, 500ms (default 3s)
  --latency <time>       Delay added to every answer, e.g. 200ms (default 0)
  --ws-interval-scale <factor>
                         Factor on the WebSocket streams' interval, e.g. 0.01 polls every
                         100 ms for the default 10 s (default 1; the mock's own)
  --services <file>      JSON file of extra services for POST /params
  --seed <file>          JSON file of jobs and tasks to start with, in any status:
                         {"jobs": [{"user": "alice", "status": "failed"}], "tasks": [...]}
  --fetch-services       Let POST /params fetch services it does not know, as the service
                         does: an openEO UDP by its URL, an OGC process description
  --cors-origin <origin> Allowed CORS origin; repeat for several (default: any origin)
  --expose-correlation-id
                         Let browser pages read X-Correlation-ID (the service exposes none)
  --body-limit <size>    Largest request body, e.g. 10mb, 512kb (default 10mb)
  --backend <url>        Another backend to accept jobs for; repeat for several (default: the
                         service's, the examples' and the catalogue's; others are refused)
  --ogc-sync-jobs        Simulate POST /sync_jobs for OGC API Processes (the service: 500)
  --log-level <level>    trace, debug, info, warn, error, fatal or silent (default info)
  --log-format <format>  pretty: one line per request (time, method, path, status,
                         duration, correlation id), in colour on a terminal; json: pino's
                         JSON lines (default: pretty when stdout is a terminal, else json)
  -h, --help             Show this help
  -v, --version          Print the version

Scenarios: send "Prefer: code=500" (or 401, 404, 422) for a route's documented error, and
"Prefer: status=failed" (or canceled, unknown) when creating a job to make it end that way;
for an upscaling task, "Prefer: status=failed; jobs=2,3" picks which of its jobs.
"Prefer: error=not-linked" (or idp-unreachable, exchange-not-configured,
platform-unauthorized, platform-forbidden) gives an authentication failure of the service's
token exchange where a route reaches a platform; "Prefer: error=unexpected" an uncaught 500.
`;

const LEVELS: readonly string[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

const LOG_FORMATS = ['pretty', 'json'] as const;
/** How the CLI writes its log: readable lines, or pino's JSON lines. */
export type LogFormat = (typeof LOG_FORMATS)[number];

/** What the command line asks for: options for the server, or help. */
export type CliRequest =
  | { help: true }
  | { help: false; options: MockServerOptions; logFormat?: LogFormat };

function duration(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms === undefined)
    throw new Error(`--${flag} expects a duration like 3s or 500ms, not "${text}"`);
  return ms;
}

// --port wins over PORT; each is named as given when it is wrong.
function port(flag: string | undefined, env: string | undefined): number {
  const [name, text] = flag !== undefined ? ['--port', flag] : ['PORT', env || undefined];
  if (text === undefined) return 8000;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65_535) {
    throw new Error(
      `${name} expects a port number from 0 to 65535 (0 picks a free one), not "${text}"`,
    );
  }
  return value;
}

function bodyLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const bytes = parseByteSize(text);
  if (bytes === undefined) {
    throw new Error(`--body-limit expects a size like 10mb or 65536, not "${text}"`);
  }
  return bytes;
}

function intervalScale(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const factor = Number(text);
  if (text.trim() === '' || !Number.isFinite(factor) || factor <= 0) {
    throw new Error(`--ws-interval-scale expects a positive number like 0.01, not "${text}"`);
  }
  return factor;
}

/**
 * Parses the arguments of `apex-dispatch-mock` (and `PORT` from `env`, when --port is not
 * given); throws an Error whose message is one line, for a wrong one.
 */
export function parseCliArgs(
  args: readonly string[],
  env: { PORT?: string | undefined } = {},
): CliRequest {
  const { values } = parseFlags({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-auth': { type: 'boolean' },
      'job-duration': { type: 'string' },
      latency: { type: 'string' },
      'ws-interval-scale': { type: 'string' },
      services: { type: 'string' },
      seed: { type: 'string' },
      'fetch-services': { type: 'boolean' },
      'expose-correlation-id': { type: 'boolean' },
      'cors-origin': { type: 'string', multiple: true },
      'body-limit': { type: 'string' },
      backend: { type: 'string', multiple: true },
      'ogc-sync-jobs': { type: 'boolean' },
      'log-level': { type: 'string' },
      'log-format': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      // Answered by the CLI before parsing; known here so that a near miss is suggested.
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return { help: true };
  const logLevel = values['log-level'] ?? 'info';
  if (!LEVELS.includes(logLevel)) {
    throw new Error(`--log-level expects one of ${LEVELS.join(', ')}, not "${logLevel}"`);
  }
  const logFormat = values['log-format'];
  if (logFormat !== undefined && !LOG_FORMATS.some((format) => format === logFormat)) {
    throw new Error(`--log-format expects ${LOG_FORMATS.join(' or ')}, not "${logFormat}"`);
  }
  const options: MockServerOptions = {
    port: port(values.port, env.PORT),
    host: values.host ?? '127.0.0.1',
    auth: !values['no-auth'],
    logLevel: logLevel as LogLevel,
  };
  const jobDurationMs = duration('job-duration', values['job-duration']);
  if (jobDurationMs !== undefined) options.jobDurationMs = jobDurationMs;
  const latencyMs = duration('latency', values.latency);
  if (latencyMs !== undefined) options.latencyMs = latencyMs;
  const scale = intervalScale(values['ws-interval-scale']);
  if (scale !== undefined) options.wsIntervalScale = scale;
  if (values.services !== undefined) options.services = loadServicesFile(values.services);
  if (values.seed !== undefined) options.seed = loadSeedFile(values.seed);
  if (values['cors-origin'] !== undefined) options.corsOrigin = values['cors-origin'];
  if (values['fetch-services']) options.fetchServices = true;
  if (values['expose-correlation-id']) options.exposeCorrelationId = true;
  if (values.backend !== undefined) options.backends = values.backend;
  if (values['ogc-sync-jobs']) options.ogcSyncJobs = true;
  const limit = bodyLimit(values['body-limit']);
  if (limit !== undefined) options.bodyLimit = limit;
  return logFormat === undefined
    ? { help: false, options }
    : { help: false, options, logFormat: logFormat as LogFormat };
}
