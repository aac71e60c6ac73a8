import type { ZodTypeAny, ZodTypeDef } from 'zod';
import { ignoreOverride, zodToJsonSchema } from 'zod-to-json-schema';
import { JsonObjectSchema } from '../models/JsonObject';
import { componentNameOfDef } from './componentNames';
import { definitionOf, isDescribedCopyOf } from './zodDefinitions';

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [keyword: string]: unknown };

const COMPONENTS = '#/components/schemas/';

/** The `$ref` of a named component schema: `#/components/schemas/ProcessingJob`. */
export const componentRef = (name: string) => `${COMPONENTS}${name}`;

/** The component a `$ref` names, or `undefined` when it points elsewhere. */
export const componentOfRef = (ref: string): string | undefined =>
  ref.startsWith(COMPONENTS) ? ref.slice(COMPONENTS.length) : undefined;

// A z.custom is opaque to the converter; what these schemas accept is written out.
const writtenOut: ReadonlyArray<readonly [ZodTypeAny, JsonSchema]> = [
  [JsonObjectSchema, { type: 'object', additionalProperties: true }],
];

const isBareAnyOf = (json: unknown): json is { anyOf: JsonSchema[] } =>
  typeof json === 'object' && json !== null && Object.keys(json).join() === 'anyOf';

// JSON Schema 7 spells a tuple `items: [...]`; 2020-12, which OpenAPI 3.1 uses, `prefixItems`.
// An unconstrained record's values are `{}`; the reference writes `additionalProperties: true`.
// A nullable union is one union with null as a member, as the reference has it.
function to202012(json: JsonSchema | undefined): JsonSchema | undefined {
  if (!json) return json;
  if (Array.isArray(json.anyOf) && json.anyOf.some(isBareAnyOf)) {
    const anyOf = json.anyOf.flatMap((member) => (isBareAnyOf(member) ? member.anyOf : [member]));
    return { ...json, anyOf };
  }
  if (Array.isArray(json.items)) {
    const { items, additionalItems: _, ...rest } = json;
    return { ...rest, prefixItems: items };
  }
  const values = json.additionalProperties;
  if (typeof values === 'object' && values !== null && Object.keys(values).length === 0) {
    return { ...json, additionalProperties: true };
  }
  return json;
}

const withDescriptionOf = (def: ZodTypeDef, json: JsonSchema): JsonSchema =>
  def.description === undefined ? json : { ...json, description: def.description };

/**
 * The JSON Schema of a zod schema of the contract, through zod-to-json-schema: the one converter
 * the published document and the conformance tests share. Any part that is a named component
 * (componentNames.ts) becomes a `$ref` to it, its own description kept beside the `$ref`;
 * `inline` converts the top level itself, which is how a component's definition is made.
 */
export function toJsonSchema(schema: ZodTypeAny, options: { inline?: boolean } = {}): JsonSchema {
  const root = definitionOf(schema);
  const { $schema: _, ...json } = zodToJsonSchema(schema, {
    target: 'jsonSchema7',
    // Repeated parts are written out in full: a document-relative `$ref` would not survive
    // being embedded in the OpenAPI document. Named components are `$ref`s (override below).
    $refStrategy: 'none',
    effectStrategy: 'input',
    // The service ignores extra fields; an object that strips them does not forbid them.
    rejectedAdditionalProperties: undefined,
    override: (def, refs) => {
      const written = writtenOut.find(
        ([named]) => def === definitionOf(named) || isDescribedCopyOf(def, named),
      );
      if (written) return withDescriptionOf(def, written[1]);
      // The top level of a component is its definition; a reference back to it is a `$ref`.
      const atTop = refs.currentPath.length === 1;
      if (options.inline && atTop && def === root) return ignoreOverride;
      const name = componentNameOfDef(def);
      return name ? withDescriptionOf(def, { $ref: componentRef(name) }) : ignoreOverride;
    },
    postProcess: (json) => to202012(json as JsonSchema | undefined),
  }) as JsonSchema;
  return json;
}
