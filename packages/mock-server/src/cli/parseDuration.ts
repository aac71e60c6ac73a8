const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** Milliseconds from "1500", "1500ms", "2s" or "1m"; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/i.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNITS[(match[2] ?? 'ms').toLowerCase()] ?? 1));
}
