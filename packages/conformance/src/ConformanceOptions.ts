import type { CheckResult } from './report/ConformanceReport';

/** What `runConformance` checks, and how. */
export type ConformanceOptions = {
  /** The deployment's base URL, e.g. `https://dispatch.example.org`. */
  baseUrl: string;
  /** An access token of the deployment; without one, the checks that need it are skipped. */
  token?: string;
  /** Run the checks that create, read and delete a real job (default false). */
  write?: boolean;
  /** A JSON file with the `BaseJobRequest` that `write` creates; required with `write`. */
  requestFile?: string;
  /** The origin of the CORS preflight: one the deployment allows (default https://example.org). */
  origin?: string;
  /** How long to wait for one answer or one stream, in ms (default 30 000). */
  timeoutMs?: number;
  /** The fetch to call the deployment with (default: the global one). */
  fetch?: typeof fetch;
  /** Called after each check, for progress. */
  onCheck?: (result: CheckResult) => void;
};
