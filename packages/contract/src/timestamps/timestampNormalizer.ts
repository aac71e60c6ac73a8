import {
  ZodArray,
  ZodDefault,
  ZodDiscriminatedUnion,
  ZodEffects,
  ZodLazy,
  ZodNullable,
  ZodObject,
  ZodOptional,
  ZodRecord,
  ZodString,
  ZodTuple,
  type ZodTypeAny,
  ZodUnion,
} from 'zod';

/** Marks a value's timestamps as UTC, in place, and returns it. */
export type Normalize = <T>(value: T) => T;

// The service stores naive UTC times and sends them without an offset (`2026-05-01T10:00:00`,
// microseconds optional), which `new Date()` would read as local time.
const NAIVE_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

type Fix = (value: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fixOfObject = (fixes: ReadonlyArray<readonly [string, Fix]>): Fix | undefined =>
  fixes.length === 0
    ? undefined
    : (value) => {
        if (!isRecord(value)) return value;
        for (const [key, fix] of fixes) {
          if (Object.hasOwn(value, key)) value[key] = fix(value[key]);
        }
        return value;
      };

const cache = new WeakMap<ZodTypeAny, Fix | undefined>();

/**
 * What to do to a value of `schema` to mark its timestamps (the strings the schema types as
 * ISO datetimes, `DateTimeSchema`) as UTC; `undefined` when the schema holds none. It follows
 * the schema, never a key name, so a user's own data (`parameters`, typed as any JSON object)
 * is never touched. Only zod's public API is read.
 */
function fixOf(schema: ZodTypeAny): Fix | undefined {
  if (cache.has(schema)) return cache.get(schema);
  cache.set(schema, undefined); // a recursive schema meets itself: nothing more to find there
  const fix = build(schema);
  cache.set(schema, fix);
  return fix;
}

function build(schema: ZodTypeAny): Fix | undefined {
  if (schema instanceof ZodString) {
    return schema.isDatetime
      ? (value) => (typeof value === 'string' && NAIVE_DATE_TIME.test(value) ? `${value}Z` : value)
      : undefined;
  }
  if (schema instanceof ZodOptional || schema instanceof ZodNullable) {
    return fixOf(schema.unwrap());
  }
  if (schema instanceof ZodDefault) return fixOf(schema.removeDefault());
  if (schema instanceof ZodEffects) return fixOf(schema.innerType());
  if (schema instanceof ZodLazy) return (value) => (fixOf(schema.schema) ?? ((v) => v))(value);
  if (schema instanceof ZodObject) {
    const fixes = Object.entries(schema.shape as Record<string, ZodTypeAny>).flatMap(
      ([key, field]) => {
        const fix = fixOf(field);
        return fix ? [[key, fix] as const] : [];
      },
    );
    return fixOfObject(fixes);
  }
  if (schema instanceof ZodArray) {
    const fix = fixOf(schema.element);
    return fix && ((value) => (Array.isArray(value) ? value.map(fix) : value));
  }
  if (schema instanceof ZodTuple) {
    const fixes = (schema.items as ZodTypeAny[]).map(fixOf);
    if (fixes.every((fix) => fix === undefined)) return undefined;
    return (value) =>
      Array.isArray(value) ? value.map((item, index) => fixes[index]?.(item) ?? item) : value;
  }
  if (schema instanceof ZodRecord) {
    const fix = fixOf(schema.valueSchema);
    return (
      fix &&
      ((value) => {
        if (!isRecord(value)) return value;
        for (const key of Object.keys(value)) value[key] = fix(value[key]);
        return value;
      })
    );
  }
  if (schema instanceof ZodUnion || schema instanceof ZodDiscriminatedUnion) {
    const options = [...(schema.options as Iterable<ZodTypeAny>)];
    const fixes = options.map(fixOf);
    if (fixes.every((fix) => fix === undefined)) return undefined;
    // The member the value is: the first whose schema accepts it.
    return (value) => {
      const index = options.findIndex((option) => option.safeParse(value).success);
      return fixes[index]?.(value) ?? value;
    };
  }
  return undefined;
}

/** The normaliser of the values of `schema` (nothing to do when it holds no timestamp). */
export function timestampNormalizer(schema: ZodTypeAny | undefined): Normalize {
  const fix = schema && fixOf(schema);
  return fix ? <T>(value: T) => fix(value) as T : <T>(value: T) => value;
}
