import { pydanticMessages } from '@apex-dispatch/contract';
import type { z } from 'zod';
import { type ZodIssue, ZodNumber, ZodObject } from 'zod';
import { laxBool, laxFloat } from './pydanticLax';
import { schemaAtPath } from './schemaAtPath';
import { tupleUnionIssues } from './tupleUnionIssues';
import type { ValidationIssue } from './ValidationIssue';

export type Location = 'body' | 'path' | 'query';

type Translated = Pick<ValidationIssue, 'type' | 'msg'>;

type FixedMessageType = {
  [K in keyof typeof pydanticMessages]: (typeof pydanticMessages)[K] extends string ? K : never;
}[keyof typeof pydanticMessages];

/** An error type whose message is always the same. */
const fixed = (type: FixedMessageType): Translated => ({ type, msg: pydanticMessages[type] });

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
      return fixed('int_parsing');
    }
    const parsed = laxFloat(input);
    return parsed !== undefined && !Number.isFinite(parsed)
      ? fixed('finite_number')
      : fixed('float_parsing');
  }
  if (
    issue.expected === 'boolean' &&
    (typeof input === 'string' || typeof input === 'number') &&
    laxBool(input) === undefined
  ) {
    return fixed('bool_parsing');
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
      return fixed('string_type');
    case 'integer':
      return fixed(issue.received === 'float' ? 'int_from_float' : 'int_type');
    case 'number':
      return fixed(isIntegerSchema(schema) ? 'int_type' : 'float_type');
    case 'boolean':
      return fixed('bool_type');
    case 'array':
      return fixed('list_type');
    case 'object':
      // A pydantic model (zod object) and a plain dict (zod record) fail differently.
      return fixed(
        schema instanceof ZodObject || schema === undefined ? 'model_attributes_type' : 'dict_type',
      );
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
    return small
      ? { type: 'too_short', msg: pydanticMessages.too_short(bound, count) }
      : { type: 'too_long', msg: pydanticMessages.too_long(bound, count) };
  }
  if (issue.type === 'string') {
    return small
      ? { type: 'string_too_short', msg: pydanticMessages.string_too_short(bound) }
      : { type: 'string_too_long', msg: pydanticMessages.string_too_long(bound) };
  }
  return small
    ? { type: 'greater_than_equal', msg: pydanticMessages.greater_than_equal(bound) }
    : { type: 'less_than_equal', msg: pydanticMessages.less_than_equal(bound) };
}

function translate(issue: ZodIssue, schema: z.ZodTypeAny | undefined, input: unknown): Translated {
  switch (issue.code) {
    case 'invalid_type':
      return translateInvalidType(issue, schema, input);
    case 'invalid_enum_value':
      return { type: 'enum', msg: pydanticMessages.enum(issue.options) };
    case 'invalid_literal':
      return { type: 'literal_error', msg: pydanticMessages.literal_error([issue.expected]) };
    case 'too_small':
    case 'too_big':
      return translateSize(issue, input);
    default:
      return { type: 'value_error', msg: pydanticMessages.value_error(issue.message) };
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
    return [{ ...fixed('missing'), loc, input: parent ?? null }];
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
