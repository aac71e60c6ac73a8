import type { z } from 'zod';
import { type ZodIssue, ZodNumber, ZodObject } from 'zod';
import { laxBool, laxFloat } from './pydanticLax';
import { schemaAtPath } from './schemaAtPath';
import { tupleUnionIssues } from './tupleUnionIssues';
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

// A value lax mode would have read was already turned into its type (laxCoerce): what is left
// as text is text pydantic cannot parse.
function translateUnparsed(
  issue: z.ZodInvalidTypeIssue,
  schema: z.ZodTypeAny | undefined,
  input: unknown,
): Translated | undefined {
  if (issue.expected === 'number' && typeof input === 'string') {
    if (isIntegerSchema(schema)) {
      return {
        type: 'int_parsing',
        msg: 'Input should be a valid integer, unable to parse string as an integer',
      };
    }
    const parsed = laxFloat(input);
    return parsed !== undefined && !Number.isFinite(parsed)
      ? { type: 'finite_number', msg: 'Input should be a finite number' }
      : {
          type: 'float_parsing',
          msg: 'Input should be a valid number, unable to parse string as a number',
        };
  }
  if (
    issue.expected === 'boolean' &&
    (typeof input === 'string' || typeof input === 'number') &&
    laxBool(input) === undefined
  ) {
    return {
      type: 'bool_parsing',
      msg: 'Input should be a valid boolean, unable to interpret input',
    };
  }
  return undefined;
}

function translateInvalidType(
  issue: z.ZodInvalidTypeIssue,
  schema: z.ZodTypeAny | undefined,
  input: unknown,
): Translated {
  const unparsed = translateUnparsed(issue, schema, input);
  if (unparsed) return unparsed;
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
      return translateInvalidType(issue, schema, input);
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

// Whether the value at `path` is absent from an object that is there: pydantic's `missing`,
// whatever zod makes of it (a literal, an enum or a union all report it differently).
function isAbsent(data: unknown, path: ReadonlyArray<string | number>): boolean {
  if (path.length === 0) return data === undefined;
  const parent = valueAt(data, path.slice(0, -1));
  return (
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, String(path[path.length - 1]))
  );
}

type Context = {
  location: Location;
  data: unknown;
  schema: z.ZodTypeAny | undefined;
  /** The unions of number tuples already reported, by path. */
  reported: Set<string>;
};

// zod reports a union of tuples at the union (invalid_union) or, for a wrong length, as the
// first member's issue, at the union or below it: all are the union's failure for pydantic.
function tupleUnionFailure(issue: ZodIssue, context: Context): ValidationIssue[] | undefined {
  const { schema, data, location, reported } = context;
  if (!schema) return undefined;
  for (let length = issue.path.length; length >= Math.max(0, issue.path.length - 1); length--) {
    const path = issue.path.slice(0, length);
    const issues = tupleUnionIssues(schemaAtPath(schema, path), valueAt(data, path), [
      location,
      ...path,
    ]);
    if (issues) {
      const key = JSON.stringify(path);
      if (reported.has(key)) return [];
      reported.add(key);
      return issues;
    }
  }
  return undefined;
}

function issuesOf(issue: ZodIssue, context: Context): ValidationIssue[] {
  const { location, data, schema } = context;
  const loc = [location, ...issue.path];
  if (isAbsent(data, issue.path)) {
    const parent = issue.path.length === 0 ? null : valueAt(data, issue.path.slice(0, -1));
    return [{ type: 'missing', loc, msg: 'Field required', input: parent ?? null }];
  }
  const target = schema ? schemaAtPath(schema, issue.path) : undefined;
  const input = valueAt(data, issue.path);
  const tuples = tupleUnionFailure(issue, context);
  if (tuples) return tuples;
  if (issue.code === 'invalid_union') {
    // Another union's own issue says nothing; its closest member's problems are reported.
    const closest = [...issue.unionErrors].sort((a, b) => a.issues.length - b.issues.length)[0];
    if (closest) return closest.issues.flatMap((inner) => issuesOf(inner, context));
  }
  const { type, msg } = translate(issue, target, input);
  return [{ type, loc, msg, input }];
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
  const context: Context = { location, data, schema, reported: new Set() };
  return issues.flatMap((issue) => issuesOf(issue, context));
}
