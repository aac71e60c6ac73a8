// The service stores naive UTC times and sends them without an offset (`2026-05-01T10:00:00`,
// microseconds optional), which `new Date()` would read as local time.
const NAIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const TIMESTAMP_KEYS: ReadonlySet<string> = new Set(['created', 'updated']);

/**
 * Marks every `created` and `updated` timestamp without an offset as UTC by appending `Z`, at any
 * depth (a task's jobs, the lists of `GET /jobs_status`). Changes `value` in place and returns it.
 */
export function normalizeTimestamps<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) normalizeTimestamps(item);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [key, entry] of Object.entries(record)) {
      if (TIMESTAMP_KEYS.has(key) && typeof entry === 'string' && NAIVE_DATE_TIME.test(entry)) {
        record[key] = `${entry}Z`;
      } else {
        normalizeTimestamps(entry);
      }
    }
  }
  return value;
}
