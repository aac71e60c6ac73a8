import { PositionSchema, pydanticMessages } from '@apex-dispatch/contract';
import { z } from 'zod';
import { laxFloat } from './pydanticLax';
import { unwrapSchema } from './schemaAtPath';
import type { ValidationIssue } from './ValidationIssue';

type Loc = ValidationIssue['loc'];

// geojson_pydantic's positions are NamedTuples, checked as calls with named arguments.
const POSITION_ARGUMENTS = ['longitude', 'latitude', 'altitude'];

function numberIssue(value: unknown, loc: Loc): ValidationIssue | undefined {
  const parsed = laxFloat(value);
  if (parsed === undefined) {
    return typeof value === 'string'
      ? {
          type: 'float_parsing',
          loc,
          msg: pydanticMessages.float_parsing,
          input: value,
        }
      : { type: 'float_type', loc, msg: pydanticMessages.float_type, input: value };
  }
  if (!Number.isFinite(parsed)) {
    return { type: 'finite_number', loc, msg: pydanticMessages.finite_number, input: value };
  }
  return undefined;
}

function keywordIssues(value: Record<string, unknown>, size: number, tag: Loc): ValidationIssue[] {
  const names = POSITION_ARGUMENTS.slice(0, size);
  const issues: ValidationIssue[] = names.flatMap((name): ValidationIssue[] => {
    if (!Object.hasOwn(value, name)) {
      return [
        {
          type: 'missing_argument',
          loc: [...tag, name],
          msg: pydanticMessages.missing_argument,
          input: value,
        },
      ];
    }
    const issue = numberIssue(value[name], [...tag, name]);
    return issue ? [issue] : [];
  });
  for (const key of Object.keys(value).filter((key) => !names.includes(key))) {
    issues.push({
      type: 'unexpected_keyword_argument',
      loc: [...tag, key],
      msg: pydanticMessages.unexpected_keyword_argument,
      input: value[key],
    });
  }
  return issues;
}

function positionIssues(value: unknown, size: number, loc: Loc): ValidationIssue[] {
  const tag = [...loc, `call[Position${size}D]`];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return keywordIssues(value as Record<string, unknown>, size, tag);
  }
  if (!Array.isArray(value)) {
    return [
      {
        type: 'arguments_type',
        loc: tag,
        msg: pydanticMessages.arguments_type,
        input: value,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  value.forEach((item, index) => {
    if (index >= size) {
      issues.push({
        type: 'unexpected_positional_argument',
        loc: [...tag, index],
        msg: pydanticMessages.unexpected_positional_argument,
        input: item,
      });
      return;
    }
    const issue = numberIssue(item, [...tag, index]);
    if (issue) issues.push(issue);
  });
  for (let index = value.length; index < size; index++) {
    issues.push({
      type: 'missing_argument',
      loc: [...tag, POSITION_ARGUMENTS[index] ?? index],
      msg: pydanticMessages.missing_argument,
      input: value,
    });
  }
  return issues;
}

function tupleIssues(value: unknown, size: number, loc: Loc): ValidationIssue[] {
  const tag = [...loc, `tuple[${Array(size).fill('float').join(', ')}]`];
  if (!Array.isArray(value)) {
    return [{ type: 'tuple_type', loc: tag, msg: pydanticMessages.tuple_type, input: value }];
  }
  if (value.length > size) {
    return [
      {
        type: 'too_long',
        loc: tag,
        msg: pydanticMessages.too_long(size, value.length, 'Tuple'),
        input: value,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < size; index++) {
    if (index >= value.length) {
      issues.push({
        type: 'missing',
        loc: [...tag, index],
        msg: pydanticMessages.missing,
        input: value,
      });
    } else {
      const issue = numberIssue(value[index], [...tag, index]);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}

function isNumberTuple(schema: z.ZodTypeAny): schema is z.ZodTuple {
  return (
    schema instanceof z.ZodTuple &&
    (schema.items as z.ZodTypeAny[]).every((item) => unwrapSchema(item) instanceof z.ZodNumber)
  );
}

/**
 * pydantic's errors for a value that fits no member of a union of number tuples (a GeoJSON
 * position or bbox): every member's errors, each under the member's tag in `loc`, or
 * undefined when `union` is no such union.
 */
export function tupleUnionIssues(
  union: z.ZodTypeAny | undefined,
  value: unknown,
  loc: Loc,
): ValidationIssue[] | undefined {
  if (!(union instanceof z.ZodUnion)) return undefined;
  const options: z.ZodTypeAny[] = union.options;
  if (!options.every(isNumberTuple)) return undefined;
  const positions = union === unwrapSchema(PositionSchema);
  return (options as z.ZodTuple[]).flatMap((option) =>
    positions
      ? positionIssues(value, option.items.length, loc)
      : tupleIssues(value, option.items.length, loc),
  );
}
