import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi/buildOpenApiDocument';
import type { JsonSchema } from '../openapi/toJsonSchema';
import { referenceDocument } from '../testing/referenceDocument';
import { compareComponents } from './compareComponents';
import { componentSchemaDifferences } from './intendedDifferences';

const published = buildOpenApiDocument();
const intended = componentSchemaDifferences.map(({ line }) => line);

type Schemas = Record<string, JsonSchema>;

/** Our document with one component schema changed by `mutate`, the rest untouched. */
const mutated = (name: string, mutate: (schema: JsonSchema) => void) => {
  const schemas = structuredClone(published.components.schemas) as Schemas;
  const schema = schemas[name];
  if (!schema) throw new Error(`no component ${name}`);
  mutate(schema);
  return { components: { schemas } };
};

const property = (schema: JsonSchema, name: string) =>
  (schema.properties as Record<string, JsonSchema>)[name] as JsonSchema;

describe('every component schema we publish, against the reference document', () => {
  const differences = compareComponents(referenceDocument, published);

  it('covers the 40 components of the reference, under the same names', () => {
    const names = Object.keys(referenceDocument.components.schemas);
    expect(names).toHaveLength(40);
    expect(Object.keys(published.components.schemas).sort()).toEqual([...names].sort());
  });

  it('differs only where intendedDifferences.ts says so', () => {
    expect(differences.filter((line) => !intended.includes(line))).toEqual([]);
  });

  it('has no stale entry in the list of intended component differences', () => {
    expect(intended.filter((line) => !differences.includes(line))).toEqual([]);
  });
});

describe('the component comparison fails on a converter that', () => {
  it('emits an integer as a number', () => {
    const document = mutated('ProcessingJob', (schema) => {
      property(schema, 'id').type = 'number';
    });
    expect(compareComponents(referenceDocument, document)).toContain(
      'ProcessingJob.id: reference integer, contract number',
    );
  });

  it('drops null from a nullable field', () => {
    const document = mutated('ServiceDetails', (schema) => {
      (schema.properties as Schemas).namespace = { type: 'string' };
    });
    expect(compareComponents(referenceDocument, document)).toContain(
      'ServiceDetails.namespace: nullable true in reference, false in contract',
    );
  });

  it('drops null from a nullable reference to another component', () => {
    const document = mutated('Collection', (schema) => {
      const assets = property(schema, 'assets');
      assets.anyOf = (assets.anyOf as JsonSchema[]).filter((member) => member.type !== 'null');
    });
    expect(compareComponents(referenceDocument, document)).toContain(
      'Collection.assets: nullable true in reference, false in contract',
    );
  });

  it('loses a required field, an enum value or a tuple member', () => {
    const required = mutated('ParameterDimension', (schema) => {
      schema.required = ['name'];
    });
    expect(compareComponents(referenceDocument, required)).toContain(
      'ParameterDimension: required ["name","values"] in reference, ["name"] in contract',
    );
    const enumValue = mutated('ProcessingStatusEnum', (schema) => {
      schema.enum = (schema.enum as string[]).filter((value) => value !== 'unknown');
    });
    // Reported on the enum itself and on every component that refers to it.
    expect(compareComponents(referenceDocument, enumValue)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ProcessingStatusEnum: values .*"unknown".* in reference/),
        expect.stringMatching(/^ProcessingJob\.status: values /),
      ]),
    );
    const tuple = mutated('Position3D', (schema) => {
      schema.prefixItems = (schema.prefixItems as JsonSchema[]).slice(0, 2);
      schema.minItems = 2;
      schema.maxItems = 2;
    });
    expect(compareComponents(referenceDocument, tuple)).toContain(
      'Position3D: tuple of 3 in reference, 2 in contract',
    );
  });

  it('forgets that a STAC object keeps unknown fields', () => {
    const document = mutated('Asset', (schema) => {
      delete schema.additionalProperties;
    });
    expect(compareComponents(referenceDocument, document)).toContain(
      'Asset: additional properties kept in reference, unspecified in contract',
    );
  });
});
