import { PositionSchema } from '@apex-dispatch/contract';
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
          msg: 'Input should be a valid number, unable to parse string as a number',
          input: value,
        }
      : { type: 'float_type', loc, msg: 'Input should be a valid number', input: value };
  }
  if (!Number.isFinite(parsed)) {
    return { type: 'finite_number', loc, msg: 'Input should be a finite number', input: value };
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
          msg: 'Missing required argument',
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
      msg: 'Unexpected keyword argument',
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
        msg: 'Arguments must be a tuple, list or a dictionary',
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
        msg: 'Unexpected positional argument',
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
      msg: 'Missing required argument',
      input: value,
    });
  }
  return issues;
}

function tupleIssues(value: unknown, size: number, loc: Loc): ValidationIssue[] {
  const tag = [...loc, `tuple[${Array(size).fill('float').join(', ')}]`];
  if (!Array.isArray(value)) {
    return [{ type: 'tuple_type', loc: tag, msg: 'Input should be a valid tuple', input: value }];
  }
  if (value.length > size) {
    return [
      {
        type: 'too_long',
        loc: tag,
        msg: `Tuple should have at most ${size} items after validation, not ${value.length}`,
        input: value,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < size; index++) {
    if (index >= value.length) {
      issues.push({ type: 'missing', loc: [...tag, index], msg: 'Field required', input: value });
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
