import type { ZodTypeAny, ZodTypeDef } from 'zod';

// The one place that reads zod 3's internal definitions (`_def`), because zod 3 offers no public
// API for either need: zod-to-json-schema walks definitions and hands its hooks those, not the
// schemas; and nothing tells that `schema.describe(text)` is a copy of `schema`. With zod 4 this
// file goes: z.toJSONSchema takes the named components as a registry (`z.registry()` with an
// `id`), and a described copy knows the schema it was made from (its parent), so it becomes a
// `$ref` to it by itself.

/** The definition zod-to-json-schema hands its hooks for `schema`. */
export const definitionOf = (schema: ZodTypeAny): ZodTypeDef => schema._def;

/**
 * Whether `def` is the definition of a `schema.describe(...)` copy, which differs from the
 * schema's own in its description only: `label: ProcessTypeEnumSchema.describe(...)` is still
 * the ProcessTypeEnum component.
 */
export function isDescribedCopyOf(def: ZodTypeDef, schema: ZodTypeAny): boolean {
  const a = def as Record<string, unknown>;
  const b = definitionOf(schema) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('description');
  return [...keys].every((key) => a[key] === b[key]);
}
