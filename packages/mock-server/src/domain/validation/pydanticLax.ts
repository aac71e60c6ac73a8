// How pydantic's lax mode reads text (and a few other JSON values) as numbers and booleans.

const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_TEXT = new RegExp(
  String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  'i',
);
const INT_TEXT = new RegExp(String.raw`^[+-]?${DIGITS}(?:\.0*)?$`);
const TRUE_TEXT = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE_TEXT = new Set(['0', 'f', 'false', 'n', 'no', 'off']);

/** A float as pydantic reads `value`, or undefined where it refuses. */
export function laxFloat(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!FLOAT_TEXT.test(text)) return undefined;
  const lower = text.toLowerCase().replace(/^[+-]/, '');
  const sign = text.startsWith('-') ? -1 : 1;
  if (lower === 'nan') return Number.NaN;
  if (lower === 'inf' || lower === 'infinity') return sign * Number.POSITIVE_INFINITY;
  return Number(text.replaceAll('_', ''));
}

/** An integer as pydantic reads `value`, or undefined where it refuses. */
export function laxInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!INT_TEXT.test(text)) return undefined;
  const parsed = Number(text.replaceAll('_', ''));
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** A boolean as pydantic reads `value`, or undefined where it refuses. */
export function laxBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return undefined;
}
