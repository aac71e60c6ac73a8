import type { JsonObject } from '@apex-dispatch/contract';

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function toDateTime(value: unknown): string | null {
  if (typeof value !== 'string' || !DATE.test(value)) return null;
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The time range a request's parameters name (a two-date array), open-ended where not. */
export function temporalExtent(parameters: JsonObject): [string | null, string | null] {
  for (const key of Object.keys(parameters)) {
    const value = parameters[key];
    if (Array.isArray(value) && value.length === 2) {
      const [start, end] = value.map(toDateTime);
      if (start || end) return [start ?? null, end ?? null];
    }
  }
  return [null, null];
}
