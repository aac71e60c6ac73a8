import { pydanticMessages } from '@apex-dispatch/contract';
import { validationFailed } from './ValidationIssue';

// pydantic's lax int parsing of text: optional sign and surrounding blanks, underscores between
// digits, and a fraction of zeros only ("7.0"); never exponents, hex or other fractions.
const PYDANTIC_INTEGER = /^\s*([+-]?\d(?:_?\d)*)(?:\.0*)?\s*$/;

/** An integer as pydantic reads it from text (`+7`, ` 7 `, `1_0`, `9007199254740993`), or undefined. */
export function pydanticInteger(text: string): number | undefined {
  const canonical = PYDANTIC_INTEGER.exec(text)?.[1];
  if (canonical === undefined) return undefined;
  // Python's int has no upper bound: a huge id is valid, it only finds no job.
  const value = Number(canonical.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Checks the integer ids in a route's path the way the real service does, before the
 * contract's coercing schema sees them, and hands it their canonical form.
 */
export function integerPathParams(params: Record<string, string>): Record<string, string> {
  const errors = [];
  const canonical: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const parsed = pydanticInteger(value);
    if (parsed === undefined) {
      errors.push({
        type: 'int_parsing',
        loc: ['path', name],
        msg: pydanticMessages.int_parsing,
        input: value,
      });
    } else {
      canonical[name] = String(parsed);
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
  return canonical;
}
