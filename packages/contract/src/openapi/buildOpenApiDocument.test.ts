import { Validator } from '@seriousme/openapi-schema-validator';
import { isZodType } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import * as intendedDifferences from '../conformance/intendedDifferences';
import { dispatchContract } from '../dispatchContract';
import { metadataOf } from '../routeMetadata';
import { referenceDocument } from '../testing/referenceDocument';
import { rawResultMediaTypes } from '../wire/rawResultMediaTypes';
import { buildOpenApiDocument } from './buildOpenApiDocument';
import { openApiPath } from './buildOperation';
import { componentNames } from './componentNames';
import { operationDocs } from './operationDocs';

type Json = { [key: string]: unknown };
type Document = { paths: Record<string, Record<string, Json>>; components: { schemas: Json } };

const reference = referenceDocument as unknown as Document;
const ours = buildOpenApiDocument() as unknown as Document;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );

const referenceOperations = operationsOf(reference);
const ourOperation = (key: string): Json => {
  const found = operationsOf(ours).find((operation) => operation.key === key);
  if (!found) throw new Error(`no ${key} in our document`);
  return found.operation;
};

const resolveRef = (document: Document, schema: Json): Json => {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  return resolveRef(document, document.components.schemas[name] as Json);
};

const bodySchema = (document: Document, operation: Json): Json | undefined => {
  const body = operation.requestBody as { content: Record<string, { schema: Json }> } | undefined;
  const schema = body?.content['application/json']?.schema;
  return schema && resolveRef(document, schema);
};

/** Every enum reachable from a schema, keyed by where it sits, to compare two documents. */
const enumsOf = (document: Document, schema: unknown) => {
  const found: Record<string, unknown[]> = {};
  const walk = (node: unknown, where: string, refs: string[] = []) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, `${where}[${i}]`, refs);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Json;
    if (typeof object.$ref === 'string') {
      // Recursive schemas (GeometryCollection) are followed once per branch.
      if (refs.includes(object.$ref)) return;
      walk(resolveRef(document, object), where, [...refs, object.$ref]);
      return;
    }
    if (Array.isArray(object.enum)) found[where] = [...object.enum].sort();
    for (const [key, value] of Object.entries(object)) {
      // anyOf member order and wrapping differ between generators; the property path does not.
      const next = ['anyOf', 'oneOf', 'allOf', 'items', 'prefixItems'].includes(key)
        ? where
        : `${where}.${key}`;
      walk(value, next, refs);
    }
  };
  walk(schema, '');
  return found;
};

const parametersOf = (operation: Json) =>
  ((operation.parameters as Json[] | undefined) ?? []).map(({ name, in: location, required }) => ({
    name,
    in: location,
    required: required ?? false,
  }));

const statusesOf = (operation: Json) => Object.keys(operation.responses as Json).sort();

const routeOf = (key: string) => {
  const route = Object.values(dispatchContract).find(
    (r) => `${r.method} ${openApiPath(r)}` === key,
  );
  if (!route) throw new Error(`no ${key} in the contract`);
  return route;
};
const isSecured = (key: string) => metadataOf(routeOf(key)).secured;

/** The statuses intendedDifferences.ts adds to an operation of the reference. */
const intendedExtraStatuses = (key: string) =>
  intendedDifferences.addedStatuses
    .filter(({ operation }) => operation === key || (operation === 'secured' && isSecured(key)))
    .flatMap(({ statuses }) => statuses.map(String));

describe('the OpenAPI document', () => {
  it('lists every operation under one tag, so that the reference shows it once', () => {
    for (const { key } of referenceOperations) expect(ourOperation(key).tags, key).toHaveLength(1);
  });

  it('is a valid OpenAPI 3.1 document whose $refs all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(ours) as Parameters<Validator['validate']>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('has exactly the operations of the reference, under the upstream operationIds', () => {
    const keys = (document: Document) => operationsOf(document).map(({ key }) => key);
    expect(keys(ours).sort()).toEqual(keys(reference).sort());
    for (const { key, operation } of referenceOperations) {
      expect(ourOperation(key).operationId, key).toBe(operation.operationId);
    }
  });

  it.each(referenceOperations)(
    '$key has the reference tags, parameters and summary',
    ({ key, operation }) => {
      const ourOp = ourOperation(key);
      // Intended differences (documentDifferences): an untagged operation is listed under Health,
      // and GET /jobs_status under one of its two tags.
      const upstream: string[] = Array.isArray(operation.tags) ? operation.tags : [];
      const tags =
        key === 'GET /jobs_status' ? ['Unit Jobs'] : upstream.length > 0 ? upstream : ['Health'];
      expect(upstream, key).toEqual(expect.arrayContaining(tags.filter((tag) => tag !== 'Health')));
      expect(ourOp.tags, key).toEqual(tags);
      expect(parametersOf(ourOp), key).toEqual(parametersOf(operation));
      expect(ourOp.summary, key).toBe(operation.summary);
      expect(ourOp.description, key).toEqual(expect.any(String));
    },
  );

  it('compares enum values at their place in the request', () => {
    const unitJob = ourOperation('POST /unit_jobs');
    expect(enumsOf(ours, bodySchema(ours, unitJob))).toMatchObject({
      '.properties.label': ['ogc_api_process', 'openeo'],
      '.properties.format': ['geojson', 'gtiff', 'json', 'netcdf'],
    });
  });

  it.each(referenceOperations)(
    '$key requires the same request fields and enum values',
    ({ key, operation }) => {
      const ourOp = ourOperation(key);
      const theirs = bodySchema(reference, operation);
      const mine = bodySchema(ours, ourOp);
      expect(mine?.required, key).toEqual(theirs?.required);
      expect(enumsOf(ours, mine), key).toEqual(enumsOf(reference, theirs));
      expect(enumsOf(ours, ourOp.parameters), key).toEqual(
        enumsOf(reference, operation.parameters),
      );
      if (theirs) {
        expect((ourOp.requestBody as Json).required, key).toBe(true);
      }
    },
  );

  it.each(referenceOperations)(
    '$key answers the reference statuses, plus the intended ones',
    ({ key, operation }) => {
      const expected = [...statusesOf(operation), ...intendedExtraStatuses(key)].sort();
      expect(statusesOf(ourOperation(key)), key).toEqual([...new Set(expected)].sort());
    },
  );

  it("documents every 4xx and 5xx as the ErrorResponse envelope, or FastAPI's detail body where the service sends it", () => {
    const envelope = { $ref: '#/components/schemas/ErrorResponse' };
    const detail = expect.objectContaining({ required: ['detail'] });
    for (const { key, operation } of operationsOf(ours)) {
      const metadata = metadataOf(routeOf(key));
      for (const [status, response] of Object.entries(operation.responses as Json)) {
        // /health takes no input and answers its own body, 503 included.
        const takesInput = '422' in (operation.responses as Json);
        if (Number(status) < 400 || !takesInput) continue;
        const content = (response as { content: Record<string, { schema: Json }> }).content;
        const schema = content['application/json']?.schema;
        if (status === '401') {
          // No token at all is refused by FastAPI itself, with its `{"detail"}` body.
          expect(schema?.anyOf, `${key} ${status}`).toEqual([envelope, detail]);
        } else if (status === '500' && metadata.detailErrors) {
          expect(schema, `${key} ${status}`).toEqual(detail);
        } else {
          // Intended difference: the reference says HTTPValidationError for 422, never sent.
          expect(schema, `${key} ${status}`).toEqual(envelope);
        }
      }
    }
  });

  it('puts the bearer scheme on exactly the operations the contract marks secured', () => {
    const schemes = (ours as unknown as { components: { securitySchemes: Json } }).components
      .securitySchemes;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { key, operation } of operationsOf(ours)) {
      const expected = isSecured(key) ? [{ bearerAuth: [] }] : undefined;
      expect(operation.security, key).toEqual(expected);
    }
    expect(ourOperation('POST /tiles').security).toBeUndefined();
    expect(ourOperation('GET /health').security).toBeUndefined();
  });

  it.each(['200', '201'])(
    'documents /sync_jobs %s as the raw result, under every raw result media type',
    (status) => {
      const response = (ourOperation('POST /sync_jobs').responses as Record<string, Json>)[status];
      expect(Object.keys(response?.content as Json).sort()).toEqual(
        [...rawResultMediaTypes].sort(),
      );
    },
  );

  it('lists every intended difference from the reference, with its reason, in its description', () => {
    const { description } = (ours as unknown as { info: { description: string } }).info;
    const lists = Object.values(intendedDifferences).filter(Array.isArray);
    expect(lists).toHaveLength(5);
    for (const { reason } of lists.flat() as Array<{ reason: string }>) {
      expect(description).toContain(reason);
    }
    expect(description).toContain('src/conformance/intendedDifferences.ts');
  });

  it('describes path parameters from their schemas', () => {
    const [jobId] = ourOperation('GET /unit_jobs/{job_id}').parameters as Json[];
    const [taskId] = ourOperation('GET /upscale_tasks/{task_id}').parameters as Json[];
    expect(jobId).toMatchObject({ name: 'job_id', schema: { type: 'integer' } });
    expect(jobId?.description).toContain('POST /unit_jobs');
    expect(taskId?.description).toContain('POST /upscale_tasks');
  });

  it.each(['POST /unit_jobs', 'POST /sync_jobs', 'POST /params'])(
    '%s carries the openEO and OGC API Processes request examples',
    (key) => {
      const body = ourOperation(key).requestBody as {
        content: Record<string, { examples: Record<string, { value: unknown }> }>;
      };
      const examples = body.content['application/json']?.examples ?? {};
      expect(Object.keys(examples)).toEqual(['openEO Example', 'OGC API Processes Example']);
      const labels = Object.values(examples).map(({ value }) => (value as Json).label);
      expect(labels).toEqual(['openeo', 'ogc_api_process']);
    },
  );

  it('shows only request examples the contract accepts', () => {
    for (const [name, route] of Object.entries(dispatchContract)) {
      const examples = operationDocs[name as keyof typeof operationDocs]?.requestExamples ?? {};
      for (const [name, example] of Object.entries(examples)) {
        const body = 'body' in route ? route.body : undefined;
        if (!isZodType(body)) throw new Error(`${route.path} has examples but no body schema`);
        expect(body.safeParse(example.value).success, `${route.path} ${name}`).toBe(true);
      }
    }
  });

  it('names its component schemas like the reference, with the same enums and required fields', () => {
    const theirSchemas = reference.components.schemas as Record<string, Json>;
    const ourSchemas = ours.components.schemas as Record<string, Json>;
    expect(Object.keys(ourSchemas).sort()).toEqual(Object.keys(theirSchemas).sort());
    expect(Object.keys(ourSchemas)).toHaveLength(40);
    for (const [name, schema] of Object.entries(ourSchemas)) {
      expect(schema.title, name).toBe(name);
      expect(schema.description, name).toEqual(expect.any(String));
    }
    for (const [name, schema] of Object.entries(theirSchemas)) {
      expect(ourSchemas[name]?.enum, name).toEqual(schema.enum);
      expect(ourSchemas[name]?.required, name).toEqual(schema.required);
      expect(Object.keys((ourSchemas[name]?.properties as Json) ?? {}), name).toEqual(
        Object.keys((schema.properties as Json) ?? {}),
      );
    }
  });

  it('refers to named components by $ref instead of inlining copies of them', () => {
    const strip = (schema: Json) => {
      const { title: _title, description: _description, ...rest } = schema;
      return JSON.stringify(rest);
    };
    const definitions = new Map(
      Object.entries(ours.components.schemas as Record<string, Json>).map(([name, schema]) => [
        strip(schema),
        name,
      ]),
    );
    const inlined: string[] = [];
    const walk = (node: unknown, where: string, isDefinition: boolean) => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => {
          walk(item, `${where}/${i}`, false);
        });
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const name = definitions.get(strip(node as Json));
      if (name && !isDefinition) inlined.push(`${where} copies ${name}`);
      for (const [key, value] of Object.entries(node as Json)) {
        const isComponent = where === '#/components/schemas';
        walk(value, `${where}/${key}`, isComponent);
      }
    };
    walk(ours, '#', false);
    expect(inlined).toEqual([]);
    expect(componentNames.map(([name]) => name)).toEqual(Object.keys(ours.components.schemas));
  });
});
