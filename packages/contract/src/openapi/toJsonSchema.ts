import type { ZodTypeAny, ZodTypeDef } from 'zod';
import { ignoreOverride, zodToJsonSchema } from 'zod-to-json-schema';
import { componentNameOfDef } from './componentNames';

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [keyword: string]: unknown };

const COMPONENTS = '#/components/schemas/';

/** The `$ref` of a named component schema: `#/components/schemas/ProcessingJob`. */
export const componentRef = (name: string) => `${COMPONENTS}${name}`;

/** The component a `$ref` names, or `undefined` when it points elsewhere. */
export const componentOfRef = (ref: string): string | undefined =>
  ref.startsWith(COMPONENTS) ? ref.slice(COMPONENTS.length) : undefined;

type Def = ZodTypeDef & { typeName?: string; description?: string };

// JSON Schema 7 spells a tuple `items: [...]`; 2020-12, which OpenAPI 3.1 uses, `prefixItems`.
// An unconstrained record's values are `{}`; the reference writes `additionalProperties: true`.
// A nullable union is one union with null as a member, as the reference has it.
function to202012(json: JsonSchema | undefined, def: Def): JsonSchema | undefined {
  if (!json) return json;
  const [first, ...others] = Array.isArray(json.anyOf) ? (json.anyOf as JsonSchema[]) : [];
  if (def.typeName === 'ZodNullable' && first && Object.keys(first).join() === 'anyOf') {
    return { ...json, anyOf: [...(first.anyOf as JsonSchema[]), ...others] };
  }
  if (def.typeName === 'ZodTuple' && Array.isArray(json.items)) {
    const { items, additionalItems: _, ...rest } = json;
    return { ...rest, prefixItems: items };
  }
  const values = json.additionalProperties;
  if (def.typeName === 'ZodRecord' && values && Object.keys(values).length === 0) {
    return { ...json, additionalProperties: true };
  }
  return json;
}

/**
 * The JSON Schema of a zod schema of the contract, through zod-to-json-schema: the one converter
 * the published document and the conformance tests share. Any part that is a named component
 * (componentNames.ts) becomes a `$ref` to it, its own description kept beside the `$ref`;
 * `inline` converts the top level itself, which is how a component's definition is made.
 */
export function toJsonSchema(schema: ZodTypeAny, options: { inline?: boolean } = {}): JsonSchema {
  const root = schema._def;
  const { $schema: _, ...json } = zodToJsonSchema(schema, {
    target: 'jsonSchema7',
    // Repeated parts are written out in full: a document-relative `$ref` would not survive
    // being embedded in the OpenAPI document. Named components are `$ref`s (override below).
    $refStrategy: 'none',
    effectStrategy: 'input',
    // The service ignores extra fields; an object that strips them does not forbid them.
    rejectedAdditionalProperties: undefined,
    override: (def: Def, refs) => {
      // The top level of a component is its definition; a reference back to it is a `$ref`.
      const atTop = refs.currentPath.length === 1;
      if (options.inline && atTop && def === root) return ignoreOverride;
      const name = componentNameOfDef(def);
      if (!name) return ignoreOverride;
      return def.description === undefined
        ? { $ref: componentRef(name) }
        : { $ref: componentRef(name), description: def.description };
    },
    postProcess: (json, def) => to202012(json as JsonSchema | undefined, def as Def),
  }) as JsonSchema;
  return json;
}
