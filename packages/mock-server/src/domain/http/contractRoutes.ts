import { type DispatchContract, dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';

/** The name of a contract operation: `createUnitJob`, `getJob`, ... */
export type OperationName = Extract<keyof DispatchContract, string>;

/** One operation of the contract at a path. */
export type ContractOperation = { readonly name: OperationName; readonly route: AppRoute };

/** The operations at a request path, and the path's parameters as sent (still text). */
export type PathMatch = {
  readonly operations: readonly ContractOperation[];
  readonly params: Record<string, string>;
};

type PathEntry = {
  pattern: RegExp;
  names: string[];
  operations: ContractOperation[];
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A `:param` matches any one segment, as FastAPI's `{param}` does: its type is checked later
// (`/unit_jobs/abc` is the route's 422, not a 404).
function entryOf(path: string): PathEntry {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names, operations: [] };
}

function buildEntries(): PathEntry[] {
  const byPath = new Map<string, PathEntry>();
  for (const [name, route] of Object.entries(dispatchContract) as [OperationName, AppRoute][]) {
    const entry = byPath.get(route.path) ?? entryOf(route.path);
    entry.operations.push({ name, route });
    byPath.set(route.path, entry);
  }
  return [...byPath.values()];
}

const entries = buildEntries();

/** The contract's operations at a decoded request path, or undefined when no route has it. */
export function matchContractPath(path: string): PathMatch | undefined {
  for (const entry of entries) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    entry.names.forEach((name, index) => {
      params[name] = match[index + 1] ?? '';
    });
    return { operations: entry.operations, params };
  }
  return undefined;
}
