import { ErrorResponseSchema, ValidationErrorSchema } from '@apex-dispatch/contract';
import { DispatchApiError } from './DispatchApiError';
import { DispatchValidationError, type DispatchValidationIssue } from './DispatchValidationError';

const CORRELATION_HEADER = 'x-correlation-id';
// A proxy's HTML error page or a long detail makes a poor message: keep its start only.
const MAX_MESSAGE_LENGTH = 300;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const clip = (text: string): string => {
  const trimmed = text.trim();
  return trimmed.length > MAX_MESSAGE_LENGTH
    ? `${trimmed.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : trimmed;
};

const toIssues = (value: unknown): DispatchValidationIssue[] =>
  Array.isArray(value)
    ? value.flatMap((entry) => {
        const parsed = ValidationErrorSchema.safeParse(entry);
        return parsed.success
          ? [{ loc: parsed.data.loc, msg: parsed.data.msg, type: parsed.data.type }]
          : [];
      })
    : [];

/**
 * The words of FastAPI's `detail`: a string as it is; a list (FastAPI's 422 form) as its
 * `loc: msg` entries; an object by its own message, else as JSON.
 */
function detailText(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const issues = toIssues(detail);
    if (issues.length > 0) {
      return issues.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; ');
    }
  }
  if (isRecord(detail)) {
    for (const key of ['message', 'msg', 'error', 'detail']) {
      const text = detail[key];
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
  }
  return JSON.stringify(detail) ?? '';
}

/** What a failure's body says, whatever its form. */
type Failure = {
  errorCode: string | undefined;
  message: string;
  details: Record<string, unknown> | undefined;
  requestId: string | undefined;
  issues: DispatchValidationIssue[];
};

/** Reads the service's own words from the envelope, FastAPI's `detail`, or a plain text. */
function readFailure(body: unknown): Failure {
  const envelope = ErrorResponseSchema.safeParse(body);
  if (envelope.success) {
    const details = envelope.data.details ?? undefined;
    return {
      errorCode: envelope.data.error_code,
      message: envelope.data.message,
      details,
      requestId: envelope.data.request_id ?? undefined,
      issues: toIssues(details?.errors),
    };
  }
  const none = { errorCode: undefined, details: undefined, requestId: undefined };
  if (isRecord(body) && 'detail' in body) {
    return { ...none, message: detailText(body.detail), issues: toIssues(body.detail) };
  }
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  return { ...none, message: text, issues: [] };
}

/**
 * Turns a non-2xx answer into the matching error. The service mostly answers with its
 * `ErrorResponse` envelope, but FastAPI itself answers `{"detail": ...}` (401 without a token,
 * 404 and 405 for unknown paths and methods, every failure of `POST /params`), so both are read,
 * and `message` is the service's own words either way.
 */
export function createApiError(
  operation: string,
  status: number,
  headers: Headers,
  body: unknown,
): DispatchApiError {
  const failure = readFailure(body);
  const message = clip(failure.message);
  const common = {
    operation,
    status,
    headers,
    body,
    errorCode: failure.errorCode,
    message: message === '' ? `${operation} failed with HTTP ${status}` : message,
    details: failure.details,
    requestId: failure.requestId ?? headers.get(CORRELATION_HEADER) ?? undefined,
  };
  if (status === 422) return new DispatchValidationError({ ...common, issues: failure.issues });
  return new DispatchApiError(common);
}
