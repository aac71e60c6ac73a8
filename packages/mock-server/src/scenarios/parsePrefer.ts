import type { JobOutcome } from '../jobs/jobLifecycle';

/** What a `Prefer` header asks of the mock: `code=NNN` and/or `status=failed|canceled`. */
export type Preferences = { code?: number; status?: JobOutcome };

const OUTCOMES: readonly string[] = ['finished', 'failed', 'canceled'];

/** Reads the preferences of a `Prefer` header (RFC 7240), ignoring any it does not know. */
export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = {};
  if (header === undefined) return preferences;
  for (const token of header.split(/[,;\s]+/)) {
    const [name, rawValue] = token.split('=', 2);
    const value = rawValue?.replace(/^"|"$/g, '').toLowerCase();
    if (value === undefined) continue;
    if (name?.toLowerCase() === 'code' && /^\d{3}$/.test(value)) {
      preferences.code = Number(value);
    } else if (name?.toLowerCase() === 'status' && OUTCOMES.includes(value)) {
      preferences.status = value as JobOutcome;
    }
  }
  return preferences;
}
