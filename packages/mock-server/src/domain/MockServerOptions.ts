import type { DocsFileReader } from './http/docsAnswer';
import type { MockLogger } from './MockLogger';
import type { ServiceDefinition } from './params/ServiceDefinition';

/** The levels of the request log (pino's). */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** How a mock server behaves; every field has a default. */
export type MockServerOptions = {
  /** Require `Authorization: Bearer <token>` (default true); off, everyone is one user. */
  auth?: boolean;
  /** How long a job takes from `created` to `finished`, in ms (default 3000). */
  jobDurationMs?: number;
  /**
   * The clock jobs and tasks live by, in ms since the epoch (default `Date.now`): a test can
   * hold it still or move it on instead of waiting.
   */
  clock?: () => number;
  /**
   * More backends to accept jobs for, next to the service's, the examples' and the catalogue's
   * endpoints; a job for any other is refused as the service refuses it.
   */
  backends?: readonly string[];
  /** Simulate `POST /sync_jobs` for OGC API Processes (the service answers 500: not implemented). */
  ogcSyncJobs?: boolean;
  /** Delay added to every answer, in ms (default 0). */
  latencyMs?: number;
  /** Extra services for `POST /params`, next to the built-in ones. */
  services?: readonly ServiceDefinition[];
  /**
   * Let `POST /params` fetch a service its catalogue lacks, as the service does: an openEO
   * UDP from its URL, an OGC API Processes description from its platform (default false).
   */
  fetchServices?: boolean;
  /** Origins allowed by CORS: "*" (the default) or a list. */
  corsOrigin?: string | readonly string[];
  /** Let browser pages read X-Correlation-ID (the mock's own; the service exposes no header). */
  exposeCorrelationId?: boolean;
  /** Largest request body accepted, in bytes or as "10mb" (default "10mb"). */
  bodyLimit?: string | number;
  /**
   * Level of the request log when no `logger` is given (default "silent"); the server and the
   * CLI write it with pino, `createMockFetch` to the console.
   */
  logLevel?: LogLevel;
  /** A logger to write the request log to: a pino logger, or anything of its shape. */
  logger?: MockLogger;
  /**
   * Folder of the static docs site served at /docs, for startMockServer and createMockApp
   * (default: the one shipped in dist/docs).
   */
  docsDir?: string;
  /**
   * Reads a file of the docs site served at /docs by its path in the site, where there is no
   * folder to give (createMockFetch, a browser); without it nor `docsDir`, /docs says how to
   * build the site.
   */
  docsFiles?: DocsFileReader;
  /** Interface to listen on, for startMockServer (default 127.0.0.1). */
  host?: string;
  /** Port to listen on, for startMockServer; 0 picks a free one (default 0). */
  port?: number;
  /**
   * Factor applied to the `interval` of the WebSocket streams, for startMockServer (default 1):
   * 0.01 turns the default 10 s into 100 ms. The mock's own; the service has no such option.
   */
  wsIntervalScale?: number;
};

export const DEFAULT_JOB_DURATION_MS = 3000;
export const DEFAULT_BODY_LIMIT = '10mb';
export const DEFAULT_HOST = '127.0.0.1';
