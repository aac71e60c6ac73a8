import { type JobOutcome, jobOutcomes } from '../jobs/jobLifecycle';
import type { OutcomeChoice } from '../jobs/OutcomeChoice';
import { ERROR_SCENARIOS, type ErrorScenario } from './errorScenarios';

/**
 * What a `Prefer` header asks of the mock: `code=NNN`, `error=<scenario>`, and
 * `status=failed|canceled|unknown` for the jobs it creates, optionally only for some of an
 * upscaling task's jobs: `jobs=2,3` (1-based, in the order of the dimension's values).
 */
export type Preferences = OutcomeChoice & {
  code?: number;
  error?: ErrorScenario;
};

const OUTCOMES: readonly string[] = jobOutcomes;

/** Reads the preferences of a `Prefer` header (RFC 7240), ignoring any it does not know. */
export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = {};
  if (header === undefined) return preferences;
  let listingJobs = false;
  for (const token of header.split(/[,;\s]+/)) {
    // `jobs=2,3`: the numbers after `jobs=` belong to it, although commas separate preferences.
    if (listingJobs && /^"?\d+"?$/.test(token)) {
      preferences.jobs?.push(Number(token.replace(/"/g, '')));
      continue;
    }
    listingJobs = false;
    const [name, rawValue] = token.split('=', 2);
    const value = rawValue?.replace(/^"|"$/g, '').toLowerCase();
    if (value === undefined) continue;
    if (name?.toLowerCase() === 'code' && /^\d{3}$/.test(value)) {
      preferences.code = Number(value);
    } else if (
      name?.toLowerCase() === 'error' &&
      (ERROR_SCENARIOS as readonly string[]).includes(value)
    ) {
      preferences.error = value as ErrorScenario;
    } else if (name?.toLowerCase() === 'jobs' && /^\d+$/.test(value)) {
      preferences.jobs = [Number(value)];
      listingJobs = true;
    } else if (name?.toLowerCase() === 'status' && OUTCOMES.includes(value)) {
      preferences.status = value as JobOutcome;
    }
  }
  return preferences;
}
