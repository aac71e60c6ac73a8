import {
  ErrorResponseSchema,
  type KnownErrorCode,
  knownErrors,
  ValidationErrorSchema,
  wireHeaders,
} from '@apex-dispatch/contract';
import type { ZodTypeAny, z } from 'zod';
import { type Answer, showAnswer } from '../target/Answer';
import { correlationIdOf } from '../target/Target';
import { Drift } from './Drift';

/** A value as a report shows it: JSON, cut short. */
export function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}...` : text;
}

/** Throws unless the answer has `status`. */
export function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new Drift(`${what}: status ${status}`, showAnswer(answer));
}

/** Parses `value` with `schema`; a mismatch names each field the contract disagrees on. */
export function expectValid<S extends ZodTypeAny>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join(', ');
  throw new Drift(`${what} (${issues})`, show(value));
}

/** Throws unless the answer's JSON body has exactly the fields the envelope schema names. */
function expectEnvelopeFields(answer: Answer, what: string): void {
  const known = Object.keys(ErrorResponseSchema.shape);
  const body = answer.json as Record<string, unknown>;
  const extra = Object.keys(body).filter((key) => !known.includes(key));
  const missing = known.filter((key) => !(key in body));
  if (extra.length > 0 || missing.length > 0) {
    const sent = [
      missing.length > 0 ? `no ${missing.join(', ')}` : '',
      extra.length > 0 ? `fields the envelope lacks: ${extra.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    throw new Drift(`${what}: the ErrorResponse fields ${known.join(', ')}`, sent);
  }
}

/**
 * Throws unless the answer is the service's ErrorResponse envelope for `code`: its status, its
 * error code, and `request_id` equal to the answer's X-Correlation-ID.
 */
export function expectEnvelope(
  answer: Answer,
  code: KnownErrorCode,
  what: string,
): z.infer<typeof ErrorResponseSchema> {
  const known = knownErrors[code];
  expectStatus(answer, known.status, what);
  const envelope = expectValid(ErrorResponseSchema, answer.json, `${what}: an ErrorResponse`);
  expectEnvelopeFields(answer, what);
  if (envelope.error_code !== code) {
    throw new Drift(`${what}: error_code ${code}`, show(envelope.error_code));
  }
  const correlationId = correlationIdOf(answer);
  if (correlationId === null || envelope.request_id !== correlationId) {
    throw new Drift(
      `${what}: request_id equal to the ${wireHeaders.correlationId} header (${show(correlationId)})`,
      `request_id ${show(envelope.request_id)}`,
    );
  }
  return envelope;
}

/** The pydantic errors of a VALIDATION_ERROR envelope, checked against the contract. */
export function validationErrorsOf(answer: Answer, what: string) {
  const envelope = expectEnvelope(answer, 'VALIDATION_ERROR', what);
  return expectValid(
    ValidationErrorSchema.array().min(1),
    envelope.details?.errors,
    `${what}: details.errors, pydantic's errors`,
  );
}

/** JSON with object keys sorted: two values a database may have reordered compare equal. */
export function stableJson(value: unknown, dropNulls = false): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([, item]) => !(dropNulls && item === null))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, sort(item)]),
    );
  };
  return JSON.stringify(sort(value)) ?? 'undefined';
}
