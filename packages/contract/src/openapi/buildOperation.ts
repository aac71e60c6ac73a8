import { type AppRoute, extractZodObjectShape, isZodObject, isZodType } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import type { RouteMetadata } from '../routeMetadata';
import { responseDoc, syncJobResultContent, syncJobResultDescription } from './responseDocs';
import { type JsonSchema, zodToJsonSchema } from './zodToJsonSchema';

/** Where operations the contract tags with nothing are listed (`/health`), so none is untagged. */
export const HEALTH_TAG = 'Health';

/** The name of the bearer scheme under `components.securitySchemes`. */
export const BEARER_SCHEME = 'bearerAuth';

type Operation = { responses: Record<string, unknown>; [field: string]: unknown };

const shapeOf = (schema: unknown): Record<string, ZodTypeAny> =>
  isZodObject(schema) ? (extractZodObjectShape(schema) as Record<string, ZodTypeAny>) : {};

// The contract's path ids are bare integers; say which answer each one comes from.
const PATH_PARAM_DESCRIPTIONS: Record<string, string> = {
  job_id: 'Id of the processing job, as `POST /unit_jobs` answered it',
  task_id: 'Id of the upscaling task, as `POST /upscale_tasks` answered it',
};

function parameters(route: AppRoute, path: string) {
  const pathParams = Object.entries(shapeOf(route.pathParams)).map(([name, schema]) => {
    const { description = PATH_PARAM_DESCRIPTIONS[name], ...json } = zodToJsonSchema(schema);
    return {
      name,
      in: 'path',
      required: true,
      schema: json,
      ...(description ? { description } : {}),
    };
  });
  const queryParams = Object.entries(shapeOf(route.query)).map(([name, schema]) => {
    const { description, ...json } = zodToJsonSchema(schema);
    return {
      name,
      in: 'query',
      required: !schema.isOptional(),
      schema: json,
      ...(description ? { description } : {}),
      ...(json.type === 'array' && { style: 'form', explode: true }),
    };
  });
  if (!path.includes('{')) return queryParams;
  return [...pathParams, ...queryParams];
}

function requestBody(route: AppRoute, metadata: RouteMetadata) {
  if (route.method === 'GET' || !('body' in route) || !isZodType(route.body)) return undefined;
  return {
    required: true,
    content: {
      'application/json': {
        schema: zodToJsonSchema(route.body),
        ...(metadata.requestExamples && { examples: metadata.requestExamples }),
      },
    },
  };
}

function responses(route: AppRoute, path: string) {
  const result: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const doc = responseDoc(status, path);
    if (path === '/sync_jobs' && status === '201') {
      result[status] = { description: syncJobResultDescription, content: syncJobResultContent };
      continue;
    }
    const schema: JsonSchema = isZodType(response) ? zodToJsonSchema(response) : {};
    result[status] = {
      description: doc.description,
      content: {
        'application/json': { schema, ...(doc.examples && { examples: doc.examples }) },
      },
    };
  }
  return result;
}

/**
 * Completes the operation ts-rest generated for a route: the upstream operationId and tags,
 * parameters, request body and responses with `$ref`s to the named components, and security.
 */
export function buildOperation(
  generated: { summary?: string; description?: string },
  route: AppRoute,
): Operation {
  const metadata = route.metadata as RouteMetadata;
  const path = route.path.replace(/:(\w+)/g, '{$1}');
  const params = parameters(route, path);
  const body = requestBody(route, metadata);
  return {
    tags: metadata.tags.length > 0 ? metadata.tags : [HEALTH_TAG],
    summary: generated.summary,
    description: generated.description,
    operationId: metadata.operationId,
    ...(params.length > 0 && { parameters: params }),
    ...(body && { requestBody: body }),
    responses: responses(route, path),
    ...(metadata.secured && { security: [{ [BEARER_SCHEME]: [] }] }),
  };
}
