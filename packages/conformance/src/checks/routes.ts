import {
  type DispatchContract,
  dispatchContract,
  fillPath,
  openApiPathOf,
  pathParamNames,
} from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';

export type RouteName = keyof DispatchContract;

/** Every operation of the contract, with its name. */
export const contractRoutes = Object.entries(dispatchContract) as [RouteName, AppRoute][];

/**
 * An id no deployment has given yet: the largest a PostgreSQL `integer` column holds, so that
 * the service looks it up instead of failing to store it.
 */
export const UNKNOWN_ID = 2_147_483_647;

/** The route's path with its parameters filled in (`/unit_jobs/:job_id` -> `/unit_jobs/7`). */
export function pathOf(
  route: Pick<AppRoute, 'path'>,
  params: Record<string, string | number> = {},
): string {
  const filled = pathParamNames(route.path).map((name) => [name, params[name] ?? UNKNOWN_ID]);
  return fillPath(route.path, Object.fromEntries(filled));
}

/** `METHOD /path/{param}`, as OpenAPI and the reports name an operation. */
export function operationOf(route: AppRoute): string {
  return `${route.method} ${openApiPathOf(route.path)}`;
}

/** The status the route answers on success: its lowest 2xx. */
export function successStatus(route: AppRoute): number {
  const statuses = Object.keys(route.responses)
    .map(Number)
    .filter((status) => status >= 200 && status < 300);
  return Math.min(...statuses);
}

/** The schema of the route's answer with `status`. */
export function responseSchema(route: AppRoute, status: number): ZodTypeAny {
  const schema = (route.responses as Record<number, unknown>)[status];
  if (!schema) throw new Error(`${operationOf(route)} has no ${status} in the contract`);
  return schema as ZodTypeAny;
}
