import { z } from 'zod';

/** The zod class a schema is made of (`ZodObject`, `ZodNumber`, ...), read cheaply. */
export const kindOf = (schema: z.ZodTypeAny): string =>
  (schema._def as { typeName?: string }).typeName ?? '';

/** Strips the wrappers that do not change what shape a value must have. */
export function unwrapSchema(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    switch (kindOf(current)) {
      case 'ZodOptional':
      case 'ZodNullable':
        current = (current as z.ZodOptional<z.ZodTypeAny>).unwrap();
        break;
      case 'ZodDefault':
        current = (current as z.ZodDefault<z.ZodTypeAny>).removeDefault();
        break;
      case 'ZodEffects':
        current = (current as z.ZodEffects<z.ZodTypeAny>).innerType();
        break;
      case 'ZodLazy':
        current = (current as z.ZodLazy<z.ZodTypeAny>).schema;
        break;
      case 'ZodPipeline':
        current = (current as z.ZodPipeline<z.ZodTypeAny, z.ZodTypeAny>)._def.in;
        break;
      default:
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
