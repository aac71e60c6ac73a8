import { type AppRoute, isZodType } from '@ts-rest/core';
import { openApiPathOf } from '../paths/pathTemplate';
import { metadataOf, type RouteMetadata } from '../routeMetadata';
import type { OperationDocs } from './operationDocs';
import { rawResultContent, rawResultDescription, responseDoc } from './responseDocs';
import { type JsonSchema, toJsonSchema } from './toJsonSchema';

/** Where operations the contract tags with nothing are listed (`/health`), so none is untagged. */
export const HEALTH_TAG = 'Health';

/** The name of the bearer scheme under `components.securitySchemes`. */
export const BEARER_SCHEME = 'bearerAuth';

type Operation = { responses: Record<string, unknown>; [field: string]: unknown };

/** `/unit_jobs/:job_id` as OpenAPI writes it: `/unit_jobs/{job_id}`. */
export const openApiPath = (route: AppRoute) => openApiPathOf(route.path);

type ObjectSchema = { properties?: Record<string, JsonSchema>; required?: string[] };

/** Path or query parameters, from the object schema ts-rest holds for them. */
function parametersIn(where: 'path' | 'query', schema: unknown) {
  if (!isZodType(schema)) return [];
  const { properties = {}, required = [] } = toJsonSchema(schema) as ObjectSchema;
  return Object.entries(properties).map(([name, property]) => {
    // A parameter's description belongs to the parameter, not to its schema.
    const { description, ...json } = property as { description?: string; type?: unknown };
    return {
      name,
      in: where,
      required: required.includes(name),
      schema: json,
      ...(description && { description }),
      ...(json.type === 'array' && { style: 'form', explode: true }),
    };
  });
}

const parameters = (route: AppRoute) => [
  ...parametersIn('path', 'pathParams' in route ? route.pathParams : undefined),
  ...parametersIn('query', route.query),
];

function requestBody(route: AppRoute, docs: OperationDocs) {
  if (route.method === 'GET' || !('body' in route) || !isZodType(route.body)) return undefined;
  return {
    required: true,
    content: {
      'application/json': {
        schema: toJsonSchema(route.body),
        ...(docs.requestExamples && { examples: docs.requestExamples }),
      },
    },
  };
}

const isSuccess = (status: string) => status.startsWith('2');

function responses(route: AppRoute, metadata: RouteMetadata, docs: OperationDocs) {
  const result: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    if (metadata.rawResult && isSuccess(status)) {
      result[status] = { description: rawResultDescription, content: rawResultContent };
      continue;
    }
    const doc = docs.responses?.[status] ?? responseDoc(status, metadata);
    const schema: JsonSchema = isZodType(response) ? toJsonSchema(response) : {};
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
 * The OpenAPI operation of a contract route: the upstream operationId and tags, parameters,
 * request body and responses with `$ref`s to the named components, and security.
 */
export function buildOperation(route: AppRoute, docs: OperationDocs): Operation {
  const metadata = metadataOf(route);
  const params = parameters(route);
  const body = requestBody(route, docs);
  return {
    tags: metadata.tags.length > 0 ? metadata.tags : [HEALTH_TAG],
    summary: route.summary,
    description: docs.description,
    operationId: metadata.operationId,
    ...(params.length > 0 && { parameters: params }),
    ...(body && { requestBody: body }),
    responses: responses(route, metadata, docs),
    ...(metadata.secured && { security: [{ [BEARER_SCHEME]: [] }] }),
  };
}
