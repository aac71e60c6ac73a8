import type { NextFunction } from 'express';
import { validationFailed } from './ValidationIssue';

// pydantic's lax int parsing of text: optional sign and surrounding blanks, and a fraction of
// zeros only ("7.0"); never exponents, hex or other fractions, which z.coerce.number accepts.
const PYDANTIC_INTEGER = /^\s*([+-]?\d+)(?:\.0*)?\s*$/;

/**
 * Checks the integer ids in a route's path the way the real service does, before the
 * contract's coercing schema sees them, and hands it their canonical form.
 */
export function integerPathParams(
  req: { params: Record<string, unknown> },
  _res: unknown,
  next: NextFunction,
): void {
  const errors = [];
  for (const [name, raw] of Object.entries(req.params)) {
    const value = String(raw);
    const match = PYDANTIC_INTEGER.exec(value);
    const canonical = match?.[1];
    if (canonical === undefined || !Number.isSafeInteger(Number(canonical))) {
      errors.push({
        type: 'int_parsing',
        loc: ['path', name],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: value,
      });
    } else {
      req.params[name] = String(Number(canonical));
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
  next();
}
