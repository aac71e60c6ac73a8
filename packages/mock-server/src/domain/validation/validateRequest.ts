import type { AppRoute } from '@ts-rest/core';
import type { z } from 'zod';
import { type PartFailure, requestValidationFailure } from './requestValidationFailure';

const asSchema = (value: unknown): z.ZodTypeAny | undefined =>
  typeof value === 'object' && value !== null && 'safeParse' in value
    ? (value as z.ZodTypeAny)
    : undefined;

type Part = { value: unknown; failure?: PartFailure };

function check(schema: z.ZodTypeAny | undefined, data: unknown, reported: unknown = data): Part {
  if (schema === undefined) return { value: data };
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { value: parsed.data }
    : { value: undefined, failure: { error: parsed.error, data: reported, schema } };
}

/** A request's parts as the contract's schemas read them. */
export type ValidRequest = { params: unknown; query: unknown; body: unknown };

/**
 * Validates a request's path parameters, query and (lax-coerced) body against the route's
 * schemas, as the service's FastAPI signature does; every failing part is reported at once, the
 * body's against what was sent (`rawBody`). Throws the 422 VALIDATION_ERROR envelope.
 */
export function validateRequest(
  route: AppRoute,
  request: { params: Record<string, string>; query: unknown; body: unknown; rawBody: unknown },
): ValidRequest {
  const params = check(asSchema(route.pathParams), request.params);
  const query = check(asSchema(route.query), request.query);
  const body = check(
    'body' in route ? asSchema(route.body) : undefined,
    request.body,
    request.rawBody,
  );
  if (params.failure || query.failure || body.failure) {
    throw requestValidationFailure({
      path: params.failure,
      query: query.failure,
      body: body.failure,
    });
  }
  // Path parameters the schema does not name are kept, as ts-rest kept them.
  return {
    params: { ...request.params, ...(params.value as object) },
    query: query.value,
    body: body.value,
  };
}
