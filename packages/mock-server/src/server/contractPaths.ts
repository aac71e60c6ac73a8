import { dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';

type PathEntry = { pattern: RegExp; methods: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A `:param` matches any one segment, as FastAPI's `{param}` does: its type is checked later
// (`/unit_jobs/abc` is the route's 422, not a 404).
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
    .join('/');
  return new RegExp(`^${source}$`);
}

function buildEntries(): PathEntry[] {
  const byPath = new Map<string, string[]>();
  for (const route of Object.values(dispatchContract) as AppRoute[]) {
    byPath.set(route.path, [...(byPath.get(route.path) ?? []), route.method]);
  }
  return [...byPath].map(([path, methods]) => ({ pattern: patternOf(path), methods }));
}

const entries = buildEntries();

/** The methods the contract answers at a request path, or undefined when no route has it. */
export function contractMethodsAt(path: string): readonly string[] | undefined {
  return entries.find((entry) => entry.pattern.test(path))?.methods;
}
