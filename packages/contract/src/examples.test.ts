import type { AppRoute } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import type { ZodObject, ZodRawShape, ZodTypeAny } from 'zod';
import * as contract from './index';
import { operationDocs } from './openapi/operationDocs';
import { openApiPathOf } from './paths/pathTemplate';
import { referenceDocument } from './testing/referenceDocument';

type Json = { [key: string]: unknown };

const schemaNamed = (name: string) =>
  (contract as unknown as Record<string, ZodTypeAny | undefined>)[`${name}Schema`];

const routeFor = (method: string, path: string) =>
  Object.values(contract.dispatchContract).find(
    (r: AppRoute) => r.method === method.toUpperCase() && openApiPathOf(r.path) === path,
  ) as AppRoute;

const operations = Object.entries(referenceDocument.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    path,
    method,
    operation,
    route: routeFor(method, path),
  })),
);

const requestExamples = operations.flatMap(({ path, method, operation, route }) => {
  const content = (operation.requestBody as Json | undefined)?.content as
    | Record<string, Json>
    | undefined;
  const examples = (content?.['application/json']?.examples ?? {}) as Record<
    string,
    { value: unknown }
  >;
  return Object.entries(examples).map(([name, example]) => ({
    label: `${method.toUpperCase()} ${path}: ${name}`,
    schema: route.method === 'GET' ? undefined : (route as { body: ZodTypeAny }).body,
    value: example.value,
  }));
});

const responseExamples = operations.flatMap(({ path, method, operation, route }) =>
  Object.entries(operation.responses as Record<string, Json>).flatMap(([status, response]) => {
    const example = (response.content as Record<string, Json> | undefined)?.['application/json']
      ?.example;
    if (example === undefined) return [];
    return [
      {
        label: `${method.toUpperCase()} ${path} ${status}`,
        schema: (route.responses as Record<string, ZodTypeAny>)[status],
        value: example,
      },
    ];
  }),
);

const propertyExamples = Object.entries(referenceDocument.components.schemas).flatMap(
  ([name, component]) =>
    Object.entries((component.properties ?? {}) as Record<string, Json>).flatMap(
      ([property, schema]) =>
        ((schema.examples ?? []) as unknown[]).map((value, i) => ({
          label: `${name}.${property} example ${i + 1}`,
          schema: (schemaNamed(name) as ZodObject<ZodRawShape> | undefined)?.shape[property],
          value,
        })),
    ),
);

describe('examples of the published document', () => {
  it('finds examples of each kind', () => {
    // 5 request examples, 14 response examples, 31 property examples in the 0.7.2 document.
    expect([requestExamples.length, responseExamples.length, propertyExamples.length]).toEqual([
      5, 14, 31,
    ]);
  });

  it.each([...requestExamples, ...responseExamples, ...propertyExamples])(
    '$label parses',
    ({ schema, value }) => {
      expect(schema).toBeDefined();
      const result = (schema as ZodTypeAny).safeParse(value);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it('has a schema exported under the name of every component', () => {
    const missing = Object.keys(referenceDocument.components.schemas).filter(
      (n) => !schemaNamed(n),
    );
    expect(missing).toEqual([]);
  });
});

describe('examples the contract ships', () => {
  it('attaches an openEO and an OGC API Processes example to each seed operation', () => {
    for (const name of ['createUnitJob', 'createSyncJob', 'getJobParams'] as const) {
      const route = contract.dispatchContract[name];
      const examples = operationDocs[name]?.requestExamples ?? {};
      expect(Object.keys(examples)).toEqual(['openEO Example', 'OGC API Processes Example']);
      for (const example of Object.values(examples)) {
        expect(route.body.safeParse(example.value).success).toBe(true);
      }
    }
  });

  it('parses the seed page request as a BaseJobRequest', () => {
    // The request of the Python client's "Submit Processing Jobs" page, as it goes on the wire.
    const seed = JSON.parse(`{
      "title": "Vegetation index",
      "label": "ogc_api_process",
      "service": {
        "endpoint": "https://processes.example.test",
        "application": "/processes/vegetation-index",
        "namespace": "apex"
      },
      "parameters": { "collection": "SENTINEL2_L2A", "bbox": [12.0, 41.0, 13.0, 42.0] },
      "format": "geojson"
    }`);
    expect(contract.BaseJobRequestSchema.parse(seed)).toEqual(seed);
    expect(contract.ogcApiProcessJobRequestExample).toEqual(seed);
  });
});
