import type { ZodTypeAny } from 'zod';
import { componentNameOf } from './componentNames';

/** A JSON Schema 2020-12 object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [keyword: string]: unknown };

export const componentRef = (name: string) => `#/components/schemas/${name}`;

type Check = { kind: string; value?: unknown; regex?: RegExp };
type Def = { typeName: string; description?: string; [key: string]: unknown };

const defOf = (schema: ZodTypeAny) => schema._def as Def;

const withDescription = (json: JsonSchema, description: string | undefined): JsonSchema =>
  description === undefined ? json : { ...json, description };

const stringSchema = (checks: Check[]): JsonSchema => {
  const json: JsonSchema = { type: 'string' };
  for (const check of checks) {
    if (check.kind === 'min') json.minLength = check.value;
    if (check.kind === 'max') json.maxLength = check.value;
    if (check.kind === 'regex' && check.regex) json.pattern = check.regex.source;
    if (check.kind === 'url') json.format = 'uri';
    if (check.kind === 'datetime') json.format = 'date-time';
  }
  return json;
};

const numberSchema = (checks: Check[]): JsonSchema => {
  const json: JsonSchema = { type: checks.some((c) => c.kind === 'int') ? 'integer' : 'number' };
  for (const check of checks) {
    if (check.kind === 'min') json.minimum = check.value;
    if (check.kind === 'max') json.maximum = check.value;
  }
  return json;
};

const nullable = (inner: JsonSchema): JsonSchema => {
  const { description, ...rest } = inner;
  // A nullable union is one union with null as a member, as the reference document has it.
  const members = Object.keys(rest).length === 1 && Array.isArray(rest.anyOf) ? rest.anyOf : [rest];
  return withDescription(
    { anyOf: [...members, { type: 'null' }] },
    description as string | undefined,
  );
};

/**
 * The JSON Schema of a zod schema of the contract. Any part that is a named component (see
 * componentNames.ts) becomes a `$ref` to it, its own description kept beside the `$ref`;
 * `inline` converts the top level itself, which is how the component's definition is made.
 */
export function zodToJsonSchema(
  schema: ZodTypeAny,
  options: { inline?: boolean } = {},
): JsonSchema {
  const def = defOf(schema);
  if (!options.inline) {
    const name = componentNameOf(schema);
    if (name) return withDescription({ $ref: componentRef(name) }, def.description);
  }
  return withDescription(convert(schema, def), def.description);
}

function convert(schema: ZodTypeAny, def: Def): JsonSchema {
  const child = (inner: unknown) => zodToJsonSchema(inner as ZodTypeAny);
  switch (def.typeName) {
    case 'ZodString':
      return stringSchema(def.checks as Check[]);
    case 'ZodNumber':
      return numberSchema(def.checks as Check[]);
    case 'ZodBoolean':
      return { type: 'boolean' };
    case 'ZodNull':
      return { type: 'null' };
    case 'ZodNativeEnum':
      return { type: 'string', enum: [...new Set(Object.values(def.values as object))] };
    case 'ZodEnum':
      return { type: 'string', enum: def.values };
    case 'ZodLiteral':
      return { type: typeof def.value, const: def.value };
    case 'ZodUnknown':
    case 'ZodAny':
      return {};
    case 'ZodArray': {
      const json: JsonSchema = { type: 'array', items: child(def.type) };
      const min = def.minLength as { value: number } | null;
      const max = def.maxLength as { value: number } | null;
      if (min) json.minItems = min.value;
      if (max) json.maxItems = max.value;
      return json;
    }
    case 'ZodTuple': {
      const items = (def.items as ZodTypeAny[]).map(child);
      return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    case 'ZodUnion':
      return { anyOf: (def.options as ZodTypeAny[]).map(child) };
    case 'ZodRecord': {
      const values = child(def.valueType);
      return {
        type: 'object',
        additionalProperties: Object.keys(values).length === 0 ? true : values,
      };
    }
    case 'ZodObject':
      return objectSchema(def);
    case 'ZodOptional':
      return child(def.innerType);
    case 'ZodNullable':
      return nullable(child(def.innerType));
    case 'ZodDefault':
      return { ...child(def.innerType), default: (def.defaultValue as () => unknown)() };
    case 'ZodLazy':
      return zodToJsonSchema((def.getter as () => ZodTypeAny)(), { inline: true });
    case 'ZodEffects':
      return child(def.schema);
    default:
      throw new Error(
        `No JSON Schema for ${def.typeName} (${schema.description ?? 'no description'})`,
      );
  }
}

function objectSchema(def: Def): JsonSchema {
  const shape = (def.shape as () => Record<string, ZodTypeAny>)();
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(shape)) {
    properties[key] = zodToJsonSchema(value);
    if (!value.isOptional()) required.push(key);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 && { required }),
    ...(def.unknownKeys === 'passthrough' && { additionalProperties: true }),
  };
}
