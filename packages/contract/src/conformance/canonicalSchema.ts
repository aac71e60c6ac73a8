/**
 * Reduces a JSON Schema (an OpenAPI 3.1 component or zod-to-json-schema's output) to the parts
 * that make up a wire format: types, properties, required fields, enums, nullability and
 * constraints. Titles, descriptions, examples and the way refs are laid out are dropped, so two
 * schemas of the same wire format reduce to the same value.
 */
export type JsonSchema = { [key: string]: unknown };
export type Canonical = { [key: string]: unknown };

export type RefResolver = (ref: string) => JsonSchema;

const CONSTRAINTS = [
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'format',
] as const;

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function canonicalSchema(
  schema: unknown,
  resolve: RefResolver,
  ancestors: JsonSchema[] = [],
): Canonical {
  if (schema === true || schema === undefined) return { any: true };
  if (!isSchema(schema)) return { any: true };
  if (typeof schema.$ref === 'string') {
    const target = resolve(schema.$ref);
    // A ref back to a schema being expanded is a recursive type (GeometryCollection).
    if (ancestors.includes(target)) return { recursive: true };
    return canonicalSchema(target, resolve, ancestors);
  }
  const inner = [...ancestors, schema];
  const canon = (s: unknown) => canonicalSchema(s, resolve, inner);

  const members = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (members) return canonicalUnion(members.map(canon));

  if (Array.isArray(schema.type)) {
    const types = schema.type as string[];
    const rest = types.filter((t) => t !== 'null');
    return canonicalUnion([
      ...rest.map((t) => canon({ ...schema, type: t })),
      ...(types.includes('null') ? [{ type: 'null' }] : []),
    ]);
  }
  if (schema.const !== undefined) return { const: schema.const };
  if (Array.isArray(schema.enum))
    return { enum: [...(schema.enum as unknown[])].map(String).sort() };

  const out: Canonical = {};
  for (const key of CONSTRAINTS) if (schema[key] !== undefined) out[key] = schema[key];

  const tupleItems = (schema.prefixItems ?? (Array.isArray(schema.items) ? schema.items : null)) as
    | unknown[]
    | null;
  if (tupleItems) {
    delete out.minItems;
    delete out.maxItems;
    return { type: 'tuple', items: tupleItems.map(canon), ...out };
  }
  if (schema.type === 'array') {
    // A fixed-length array of one item type is a tuple, however it is spelled.
    const length = schema.minItems;
    if (typeof length === 'number' && length === schema.maxItems && !Array.isArray(schema.items)) {
      delete out.minItems;
      delete out.maxItems;
      return { type: 'tuple', items: Array.from({ length }, () => canon(schema.items)), ...out };
    }
    return { type: 'array', items: canon(schema.items), ...out };
  }

  if (schema.type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    if (Object.keys(properties).length === 0) {
      const values = schema.additionalProperties;
      return { type: 'map', values: isSchema(values) ? canon(values) : { any: true } };
    }
    return {
      type: 'object',
      properties: Object.fromEntries(
        Object.keys(properties)
          .sort()
          .map((name) => [name, canon(properties[name])]),
      ),
      required: [...((schema.required as string[] | undefined) ?? [])].sort(),
      ...(schema.additionalProperties === true && { open: true }),
    };
  }
  if (typeof schema.type === 'string') return { type: schema.type, ...out };
  return { any: true };
}

function canonicalUnion(members: Canonical[]): Canonical {
  let flat = members.flatMap((m) => (Array.isArray(m.anyOf) ? (m.anyOf as Canonical[]) : [m]));
  const nullable = flat.some((m) => m.type === 'null') || members.some((m) => m.nullable === true);
  flat = flat.filter((m) => m.type !== 'null').map(({ nullable: _, ...rest }) => rest);
  // pydantic writes `float | int` where JSON has one number type.
  if (flat.some((m) => m.type === 'number')) flat = flat.filter((m) => m.type !== 'integer');
  // A plain string member absorbs string enums (STAC's "known media type or any string").
  if (flat.some((m) => m.type === 'string' && Object.keys(m).length === 1)) {
    flat = flat.filter((m) => !Array.isArray(m.enum));
  }
  const unique = [...new Map(flat.map((m) => [JSON.stringify(m), m])).values()].sort((a, b) =>
    JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );
  const single = unique.length === 1 ? unique[0] : undefined;
  const base: Canonical = single ?? { anyOf: unique };
  return nullable ? { ...base, nullable: true } : base;
}
