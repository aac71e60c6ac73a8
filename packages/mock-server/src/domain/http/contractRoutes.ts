import { type DispatchContract, dispatchContract, pathPattern } from '@apex-dispatch/contract';
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

// A `:param` matches any one segment, as FastAPI's `{param}` does: its type is checked later
// (`/unit_jobs/abc` is the route's 422, not a 404).
type PathEntry = { pattern: RegExp; operations: ContractOperation[] };

function buildEntries(): PathEntry[] {
  const byPath = new Map<string, PathEntry>();
  for (const [name, route] of Object.entries(dispatchContract) as [OperationName, AppRoute][]) {
    const entry = byPath.get(route.path) ?? {
      pattern: pathPattern(route.path),
      operations: [],
    };
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
    if (match) return { operations: entry.operations, params: { ...match.groups } };
  }
  return undefined;
}
