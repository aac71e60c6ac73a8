import type { z } from 'zod';
import { type ZodIssue, ZodNumber, ZodObject } from 'zod';
import { schemaAtPath } from './schemaAtPath';
import type { ValidationIssue } from './ValidationIssue';

export type Location = 'body' | 'path' | 'query';

type Translated = Pick<ValidationIssue, 'type' | 'msg'>;

/** pydantic lists choices as `'a', 'b' or 'c'`. */
function listChoices(options: ReadonlyArray<unknown>): string {
  const quoted = options.map((option) =>
    typeof option === 'string' ? `'${option}'` : String(option),
  );
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isIntegerSchema(schema: z.ZodTypeAny | undefined): boolean {
  return schema instanceof ZodNumber && schema.isInt;
}

function translateInvalidType(
  issue: z.ZodInvalidTypeIssue,
  schema: z.ZodTypeAny | undefined,
): Translated {
  switch (issue.expected) {
    case 'string':
      return { type: 'string_type', msg: 'Input should be a valid string' };
    case 'integer':
      return issue.received === 'float'
        ? {
            type: 'int_from_float',
            msg: 'Input should be a valid integer, got a number with a fractional part',
          }
        : { type: 'int_type', msg: 'Input should be a valid integer' };
    case 'number':
      return isIntegerSchema(schema)
        ? { type: 'int_type', msg: 'Input should be a valid integer' }
        : { type: 'float_type', msg: 'Input should be a valid number' };
    case 'boolean':
      return { type: 'bool_type', msg: 'Input should be a valid boolean' };
    case 'array':
      return { type: 'list_type', msg: 'Input should be a valid list' };
    case 'object':
      // A pydantic model (zod object) and a plain dict (zod record) fail differently.
      return schema instanceof ZodObject || schema === undefined
        ? {
            type: 'model_attributes_type',
            msg: 'Input should be a valid dictionary or object to extract fields from',
          }
        : { type: 'dict_type', msg: 'Input should be a valid dictionary' };
    default:
      return { type: `${issue.expected}_type`, msg: `Input should be a valid ${issue.expected}` };
  }
}

function translateSize(
  issue: z.ZodTooSmallIssue | z.ZodTooBigIssue,
  received: unknown,
): Translated {
  const small = issue.code === 'too_small';
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.type === 'array') {
    const count = Array.isArray(received) ? received.length : 0;
    const items = bound === 1 ? 'item' : 'items';
    return small
      ? {
          type: 'too_short',
          msg: `List should have at least ${bound} ${items} after validation, not ${count}`,
        }
      : {
          type: 'too_long',
          msg: `List should have at most ${bound} ${items} after validation, not ${count}`,
        };
  }
  if (issue.type === 'string') {
    const characters = bound === 1 ? 'character' : 'characters';
    return small
      ? { type: 'string_too_short', msg: `String should have at least ${bound} ${characters}` }
      : { type: 'string_too_long', msg: `String should have at most ${bound} ${characters}` };
  }
  return small
    ? { type: 'greater_than_equal', msg: `Input should be greater than or equal to ${bound}` }
    : { type: 'less_than_equal', msg: `Input should be less than or equal to ${bound}` };
}

function translate(issue: ZodIssue, schema: z.ZodTypeAny | undefined, input: unknown): Translated {
  switch (issue.code) {
    case 'invalid_type':
      return translateInvalidType(issue, schema);
    case 'invalid_enum_value':
      return { type: 'enum', msg: `Input should be ${listChoices(issue.options)}` };
    case 'invalid_literal':
      return { type: 'literal_error', msg: `Input should be ${listChoices([issue.expected])}` };
    case 'too_small':
    case 'too_big':
      return translateSize(issue, input);
    default:
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
  }
}

// A union's own issue says nothing; pydantic reports its members' problems instead.
function flattenUnions(issues: readonly ZodIssue[]): ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const closest = [...issue.unionErrors].sort((a, b) => a.issues.length - b.issues.length)[0];
    return closest ? flattenUnions(closest.issues) : [issue];
  });
}

/**
 * Translates zod's issues into the pydantic v2 errors the real service answers with: pydantic
 * type names and messages, `loc` starting at "body", "path" or "query", and the offending
 * `input` (for a missing field, the object it is missing from).
 */
export function zodIssuesToPydantic(
  issues: readonly ZodIssue[],
  location: Location,
  data: unknown,
  schema: z.ZodTypeAny | undefined,
): ValidationIssue[] {
  return flattenUnions(issues).map((issue) => {
    const loc = [location, ...issue.path];
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    if (missing) {
      const parent = issue.path.length === 0 ? null : valueAt(data, issue.path.slice(0, -1));
      return { type: 'missing', loc, msg: 'Field required', input: parent ?? null };
    }
    const input = valueAt(data, issue.path);
    const target = schema ? schemaAtPath(schema, issue.path) : undefined;
    const { type, msg } = translate(issue, target, input);
    return { type, loc, msg, input };
  });
}
