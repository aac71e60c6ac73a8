import { readFile } from 'node:fs/promises';
import {
  type BaseJobRequest,
  BaseJobRequestSchema,
  dispatchContract,
} from '@apex-dispatch/contract';
import type { ConformanceOptions } from './ConformanceOptions';
import { allChecks } from './checks/allChecks';
import type { Check, CheckContext } from './checks/Check';
import { Drift, Skip } from './checks/Drift';
import { ConformanceRunError } from './errors/ConformanceRunError';
import type { CheckResult, ConformanceReport } from './report/ConformanceReport';
import type { Answer } from './target/Answer';
import { createTarget } from './target/Target';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_ORIGIN = 'https://example.org';

function baseUrlOf(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConformanceRunError('BAD_OPTIONS', `the base URL "${text}" is no URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConformanceRunError('BAD_OPTIONS', `the base URL "${text}" is no http(s) URL`);
  }
  return text.replace(/\/+$/, '');
}

async function jobRequestOf(
  file: string | undefined,
  write: boolean | undefined,
): Promise<BaseJobRequest | undefined> {
  if (file === undefined) {
    if (!write) return undefined;
    // The job costs credits on a real platform: which one is the user's choice, never a default.
    throw new ConformanceRunError(
      'BAD_OPTIONS',
      '--write needs --request-file <file>, the job to create',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConformanceRunError(
      'BAD_OPTIONS',
      `the request file ${file} is no JSON file: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const parsed = BaseJobRequestSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConformanceRunError(
      'BAD_OPTIONS',
      `the request file ${file} is no job request (${fields.join(', ')})`,
    );
  }
  return parsed.data;
}

/** Why a fetch failed, in a few words: `connect ECONNREFUSED 127.0.0.1:9`. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const message = (value: unknown) => (value instanceof Error ? value.message : String(value));
  return cause === undefined ? message(error) : message(cause);
}

function skipReason(check: Check, options: ConformanceOptions): string | undefined {
  if (check.needs.includes('token') && options.token === undefined) {
    return 'needs a token: pass --token or set APEX_DISPATCH_TOKEN';
  }
  if (check.needs.includes('write') && !options.write) {
    return 'creates a real job: run with --write';
  }
  return undefined;
}

async function runCheck(check: Check, context: CheckContext, options: ConformanceOptions) {
  const base = { id: check.id, title: check.title };
  const skipped = skipReason(check, options);
  if (skipped) return { ...base, status: 'skipped', detail: skipped } as const;
  try {
    return { ...base, status: 'passed', detail: await check.run(context) } as const;
  } catch (error) {
    if (error instanceof Skip)
      return { ...base, status: 'skipped', detail: error.message } as const;
    if (error instanceof Drift)
      return { ...base, status: 'failed', detail: error.message } as const;
    return { ...base, status: 'failed', detail: `could not check: ${reasonOf(error)}` } as const;
  }
}

/**
 * Checks the deployment at `options.baseUrl` against the contract and reports every check.
 * Drift is a failed check; a run that cannot happen (nothing answers, bad options) rejects
 * with a `ConformanceRunError` that names the URL or the option.
 */
export async function runConformance(given: ConformanceOptions): Promise<ConformanceReport> {
  // An empty token (an unset variable in CI) is no token.
  const options = { ...given, token: given.token || undefined };
  const baseUrl = baseUrlOf(options.baseUrl);
  const jobRequest = await jobRequestOf(options.requestFile, options.write);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const target = createTarget({
    baseUrl,
    token: options.token,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs,
  });
  try {
    await target.request(dispatchContract.health.path);
  } catch (error) {
    throw new ConformanceRunError(
      'UNREACHABLE',
      `nothing answers at ${baseUrl}: ${reasonOf(error)}`,
      {
        cause: error,
      },
    );
  }
  const loaded = new Map<string, Promise<Answer>>();
  const context: CheckContext = {
    target,
    timeoutMs,
    origin: options.origin ?? DEFAULT_ORIGIN,
    jobRequest,
    written: {},
    once: (key, load) => {
      const answer = loaded.get(key) ?? load();
      loaded.set(key, answer);
      return answer;
    },
  };
  // A token is never shown, whichever detail would quote it.
  const redact = (text: string) =>
    options.token ? text.split(options.token).join('<token>') : text;
  const checks: CheckResult[] = [];
  for (const check of allChecks) {
    const result = await runCheck(check, context, options);
    const shown = { ...result, detail: redact(result.detail) };
    checks.push(shown);
    options.onCheck?.(shown);
  }
  const count = (status: CheckResult['status']) =>
    checks.filter((check) => check.status === status).length;
  return {
    target: baseUrl,
    checks,
    summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
  };
}
