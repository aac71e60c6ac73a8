import { z } from 'zod';

/** Strips the wrappers that do not change what shape a value must have. */
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
    } else if (current instanceof z.ZodPipeline) {
      current = current._def.in;
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
