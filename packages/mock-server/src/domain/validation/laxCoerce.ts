import type { z } from 'zod';
import { laxBool, laxFloat, laxInt } from './pydanticLax';
import { kindOf, unwrapSchema } from './schemaAtPath';

const MAX_DEPTH = 64;

function coerceLeaf(schema: z.ZodTypeAny, value: unknown): unknown {
  const kind = kindOf(schema);
  if (kind === 'ZodNumber') {
    const parsed = (schema as z.ZodNumber).isInt ? laxInt(value) : laxFloat(value);
    // Infinity and NaN stay as they came: the mock refuses them (see zodIssuesToPydantic).
    return parsed !== undefined && Number.isFinite(parsed) ? parsed : value;
  }
  if (kind === 'ZodBoolean') return laxBool(value) ?? value;
  return value;
}

// Every step hands back the very value it was given when nothing in it changes, so that a
// body already of the right types (a polygon of 150,000 positions) costs one walk, no copy.
function coerceItems(
  schemas: (index: number) => z.ZodTypeAny | undefined,
  value: unknown[],
  depth: number,
): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const itemSchema = schemas(index);
    if (itemSchema === undefined) continue;
    const item = value[index];
    const coerced = coerceAt(itemSchema, item, depth + 1);
    if (coerced !== item) {
      copy ??= [...value];
      copy[index] = coerced;
    }
  }
  return copy ?? value;
}

function coerceAt(schema: z.ZodTypeAny, value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH || value === null || value === undefined) return value;
  const current = unwrapSchema(schema);
  const kind = kindOf(current);
  if (kind === 'ZodObject') {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const shape: Record<string, z.ZodTypeAny> = (current as z.AnyZodObject).shape;
    const record = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(shape)) {
      const field = shape[key];
      if (field === undefined || !Object.hasOwn(record, key)) continue;
      const coerced = coerceAt(field, record[key], depth + 1);
      if (coerced !== record[key]) {
        copy ??= { ...record };
        copy[key] = coerced;
      }
    }
    return copy ?? value;
  }
  if (kind === 'ZodArray') {
    if (!Array.isArray(value)) return value;
    const element = (current as z.ZodArray<z.ZodTypeAny>).element;
    return coerceItems(() => element, value, depth);
  }
  if (kind === 'ZodTuple') {
    if (!Array.isArray(value)) return value;
    const items: z.ZodTypeAny[] = (current as z.ZodTuple).items;
    return coerceItems((index) => items[index], value, depth);
  }
  if (kind === 'ZodUnion') {
    const options: z.ZodTypeAny[] = (current as z.ZodUnion<[z.ZodTypeAny, ...z.ZodTypeAny[]]>)
      .options;
    const candidates: unknown[] = [];
    for (const option of options) {
      const candidate = coerceAt(option, value, depth + 1);
      if (candidate === value) return value;
      candidates.push(candidate);
    }
    const fitting = candidates.findIndex(
      (candidate, i) => options[i]?.safeParse(candidate).success,
    );
    return candidates[fitting === -1 ? 0 : fitting];
  }
  return coerceLeaf(current, value);
}

/**
 * A request body with every value pydantic's lax mode would accept in place of the schema's
 * type (a numeric string or a boolean for a float, "yes" for a boolean, "7" for an integer)
 * turned into that type, so that the contract's strict schema accepts what the service does.
 */
export function laxCoerce(schema: z.ZodTypeAny, value: unknown): unknown {
  return coerceAt(schema, value, 0);
}
