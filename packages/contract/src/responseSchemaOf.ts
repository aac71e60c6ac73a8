import { type AppRoute, isAppRouteOtherResponse, isZodType } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';

/**
 * The schema of a route's answer with `status`, looking through ts-rest's `otherResponse` (a
 * non-JSON answer) to its body's schema; `undefined` when the status is not in the contract or
 * its answer has no schema (`c.noBody()`).
 */
export function responseSchemaOf(route: AppRoute, status: number | string): ZodTypeAny | undefined {
  const response: unknown = (route.responses as Record<string, unknown>)[String(status)];
  if (response === undefined || response === null || typeof response !== 'object') return undefined;
  const schema = isAppRouteOtherResponse(response as never)
    ? (response as { body: unknown }).body
    : response;
  return isZodType(schema) ? schema : undefined;
}
