import { z } from 'zod';

// instanceof, not zod 3's `_def.typeName`, which zod 4 drops.
const kinds: ReadonlyArray<readonly [abstract new (...args: never[]) => z.ZodTypeAny, string]> = [
  [z.ZodObject, 'ZodObject'],
  [z.ZodRecord, 'ZodRecord'],
  [z.ZodArray, 'ZodArray'],
  [z.ZodTuple, 'ZodTuple'],
  [z.ZodUnion, 'ZodUnion'],
  [z.ZodDiscriminatedUnion, 'ZodDiscriminatedUnion'],
  [z.ZodIntersection, 'ZodIntersection'],
  [z.ZodNumber, 'ZodNumber'],
  [z.ZodBoolean, 'ZodBoolean'],
  [z.ZodString, 'ZodString'],
  [z.ZodEnum, 'ZodEnum'],
  [z.ZodNativeEnum, 'ZodNativeEnum'],
  [z.ZodLiteral, 'ZodLiteral'],
  [z.ZodNull, 'ZodNull'],
  [z.ZodUnknown, 'ZodUnknown'],
  [z.ZodAny, 'ZodAny'],
  [z.ZodOptional, 'ZodOptional'],
  [z.ZodNullable, 'ZodNullable'],
  [z.ZodDefault, 'ZodDefault'],
  [z.ZodEffects, 'ZodEffects'],
  [z.ZodLazy, 'ZodLazy'],
  [z.ZodPipeline, 'ZodPipeline'],
];

// A schema's class never changes: each is looked up once, not at every value of every request.
const knownKinds = new WeakMap<z.ZodTypeAny, string>();

/** The zod class a schema is made of (`ZodObject`, `ZodNumber`, ...), or '' for a rarer one. */
export function kindOf(schema: z.ZodTypeAny): string {
  let kind = knownKinds.get(schema);
  if (kind === undefined) {
    kind = kinds.find(([type]) => schema instanceof type)?.[1] ?? '';
    knownKinds.set(schema, kind);
  }
  return kind;
}

/**
 * Strips the wrappers that do not change what shape a value must have. A `.pipe()` is not seen
 * through: zod 3 has no public way to its input (zod 4: `schema.in`), and the contract has none.
 */
export function unwrapSchema(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap();
    } else if (current instanceof z.ZodDefault) {
      current = current.removeDefault();
    } else if (current instanceof z.ZodEffects) {
      current = current.innerType();
    } else if (current instanceof z.ZodLazy) {
      current = current.schema;
    } else {
      return current;
    }
  }
  return current;
}

/** The schema that validates the value at `path` inside `schema`, where it can be told. */
export function schemaAtPath(
  schema: z.ZodTypeAny,
  path: ReadonlyArray<string | number>,
): z.ZodTypeAny | undefined {
  let current: z.ZodTypeAny | undefined = unwrapSchema(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) {
      const shape: Record<string, z.ZodTypeAny> = current.shape;
      current = Object.hasOwn(shape, String(key)) ? shape[String(key)] : undefined;
    } else if (current instanceof z.ZodRecord) {
      current = current.valueSchema;
    } else if (current instanceof z.ZodArray) {
      current = current.element;
    } else if (current instanceof z.ZodTuple) {
      current = current.items[Number(key)];
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
    current = unwrapSchema(current);
  }
  return current;
}
