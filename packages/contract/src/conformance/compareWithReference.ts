import type { AppRoute, AppRouter } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import { componentSchemas } from '../openapi/componentSchemas';
import { componentRef, toJsonSchema } from '../openapi/toJsonSchema';
import { openApiPathOf } from '../paths/pathTemplate';
import { responseSchemaOf } from '../responseSchemaOf';
import type { RouteMetadata } from '../routeMetadata';
import { canonicalSchema, type JsonSchema } from './canonicalSchema';
import { diffCanonical } from './diffCanonical';

type OpenApiDocument = {
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema> };
};

/** What we deliberately document differently (the lists of intendedDifferences.ts). */
export type IntendedDifferences = {
  /** Status codes the contract adds to an operation (`METHOD /path`, or `secured` for all secured). */
  addedStatuses: ReadonlyArray<{ operation: string; statuses: number[] }>;
  /** Statuses whose body is compared with a reference component instead of what the document says. */
  replacedResponseComponents: ReadonlyArray<{ status: number; component: string }>;
};

const pointer = (root: JsonSchema) => (ref: string) => {
  if (!ref.startsWith('#')) throw new Error(`Only local refs are supported: ${ref}`);
  return ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (node, key) => (node as JsonSchema)[key.replace(/~1/g, '/')],
      root,
    ) as JsonSchema;
};

const ourComponents = { components: { schemas: componentSchemas() } };

/** A contract schema through the converter the published document uses, `$ref`s resolved there. */
const fromZod = (schema: ZodTypeAny) =>
  canonicalSchema(toJsonSchema(schema), pointer(ourComponents));

const routeKey = (route: AppRoute) => `${route.method} ${openApiPathOf(route.path)}`;

/**
 * Compares every operation of the reference document with the contract: operationId, status
 * codes, parameters, and request and response bodies. Returns one line per difference.
 */
export function compareWithReference(
  reference: OpenApiDocument,
  contract: AppRouter,
  intended: IntendedDifferences,
): string[] {
  const resolveRef = pointer(reference as unknown as JsonSchema);
  const fromReference = (schema: unknown) => canonicalSchema(schema, resolveRef);
  const routes = new Map(
    Object.values(contract)
      .filter((r): r is AppRoute => 'method' in r)
      .map((r) => [routeKey(r), r]),
  );
  const out: string[] = [];

  for (const [path, methods] of Object.entries(reference.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      const route = routes.get(key);
      routes.delete(key);
      if (!route) {
        out.push(`${key}: missing in contract`);
        continue;
      }
      const metadata = route.metadata as RouteMetadata;
      if (metadata.operationId !== operation.operationId) {
        out.push(
          `${key}: operationId ${String(operation.operationId)} in reference, ${metadata.operationId} in contract`,
        );
      }
      out.push(...compareParameters(key, operation, route, fromReference));
      out.push(...compareRequestBody(key, operation, route, fromReference));
      out.push(...compareResponses(key, operation, route, metadata, intended, fromReference));
    }
  }
  for (const key of routes.keys()) out.push(`${key}: not in reference`);
  return out;
}

type Canonicalize = (schema: unknown) => ReturnType<typeof canonicalSchema>;

function compareParameters(
  key: string,
  operation: JsonSchema,
  route: AppRoute,
  canon: Canonicalize,
) {
  const out: string[] = [];
  const parameters = (operation.parameters as JsonSchema[] | undefined) ?? [];
  const contractSides: Record<string, ZodTypeAny | undefined> = {
    path: 'pathParams' in route ? (route.pathParams as ZodTypeAny | undefined) : undefined,
    query: route.query as ZodTypeAny | undefined,
  };
  for (const where of ['path', 'query'] as const) {
    const expected = parameters.filter((p) => p.in === where);
    const zodSchema = contractSides[where];
    const actual = zodSchema
      ? fromZod(zodSchema)
      : { type: 'object', properties: {}, required: [] };
    const referenceShape = {
      type: 'object',
      properties: Object.fromEntries(expected.map((p) => [p.name as string, canon(p.schema)])),
      required: expected
        .filter((p) => p.required)
        .map((p) => p.name as string)
        .sort(),
    };
    if (expected.length === 0 && !zodSchema) continue;
    out.push(...diffCanonical(referenceShape, actual, `${key} ${where}`));
  }
  return out;
}

function compareRequestBody(
  key: string,
  operation: JsonSchema,
  route: AppRoute,
  canon: Canonicalize,
) {
  const requestBody = operation.requestBody as JsonSchema | undefined;
  const hasBody =
    route.method !== 'GET' && 'body' in route && route.body !== null && route.body !== undefined;
  const contractBody = hasBody ? (route as { body: unknown }).body : undefined;
  const isZod = (value: unknown): value is ZodTypeAny =>
    typeof value === 'object' && value !== null && 'safeParse' in value;
  if (!requestBody) return isZod(contractBody) ? [`${key} body: not in reference`] : [];
  if (!isZod(contractBody)) return [`${key} body: missing in contract`];
  const schema = (requestBody.content as Record<string, JsonSchema>)['application/json']?.schema;
  return diffCanonical(canon(schema), fromZod(contractBody), `${key} body`);
}

function compareResponses(
  key: string,
  operation: JsonSchema,
  route: AppRoute,
  metadata: RouteMetadata,
  intended: IntendedDifferences,
  canon: Canonicalize,
) {
  const out: string[] = [];
  const responses = operation.responses as Record<string, JsonSchema>;
  const added = intended.addedStatuses
    .filter(({ operation }) => operation === key || (operation === 'secured' && metadata.secured))
    .flatMap(({ statuses }) => statuses.map(String));
  const expected = [...new Set([...Object.keys(responses), ...added])].sort();
  const actual = Object.keys(route.responses).sort();
  if (expected.join() !== actual.join()) {
    out.push(`${key}: statuses ${expected.join(',')} expected, ${actual.join(',')} in contract`);
  }
  for (const status of actual) {
    const component = intended.replacedResponseComponents.find(
      (replaced) => String(replaced.status) === status,
    )?.component;
    const documented = (responses[status]?.content as Record<string, JsonSchema> | undefined)?.[
      'application/json'
    ]?.schema;
    const referenceSchema = component ? { $ref: componentRef(component) } : documented;
    if (!referenceSchema) continue;
    const responseSchema = responseSchemaOf(route, status);
    if (!responseSchema) continue;
    out.push(...diffCanonical(canon(referenceSchema), fromZod(responseSchema), `${key} ${status}`));
  }
  return out;
}
