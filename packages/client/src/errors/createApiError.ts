import {
  CORRELATION_ID_HEADER,
  ErrorResponseSchema,
  fastApiErrors,
  ValidationErrorSchema,
} from '@apex-dispatch/contract';
import { DispatchApiError } from './DispatchApiError';
import { DispatchValidationError, type DispatchValidationIssue } from './DispatchValidationError';

// How many of a 422's issues its message names; `issues` holds them all.
const NAMED_ISSUES = 3;
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

const describeIssues = (issues: readonly DispatchValidationIssue[]): string => {
  const named = issues
    .slice(0, NAMED_ISSUES)
    .map((issue) => `${issue.loc.join('.')}: ${issue.msg}`)
    .join('; ');
  const more = issues.length - NAMED_ISSUES;
  return more > 0 ? `${named}; and ${more} more` : named;
};

// FastAPI's own 404 and 405 mean the URL or method reached no route: most often a wrong baseUrl.
const isRoutingFailure = (status: number, failure: Failure) =>
  failure.errorCode === undefined &&
  ((status === fastApiErrors.NOT_FOUND.status &&
    failure.message === fastApiErrors.NOT_FOUND.detail) ||
    (status === fastApiErrors.METHOD_NOT_ALLOWED.status &&
      failure.message === fastApiErrors.METHOD_NOT_ALLOWED.detail));

const reasonOf = (details: Record<string, unknown> | undefined): string | undefined => {
  const reason = details?.error ?? details?.reason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : undefined;
};

/** What a person reading a log line needs: the service's words, and the reason, fields or URL. */
function messageOf(status: number, failure: Failure, request: FailedRequest): string {
  const said = failure.message.trim();
  if (isRoutingFailure(status, failure)) {
    return `${said}: ${request.method} ${request.url} (no such route there: is baseUrl right?)`;
  }
  if (status === 422 && failure.issues.length > 0) {
    return `${said.replace(/\.$/, '')}: ${describeIssues(failure.issues)}`;
  }
  const reason = reasonOf(failure.details);
  if (reason !== undefined && !said.includes(reason)) {
    return said === '' ? reason : `${said.replace(/\.$/, '')}: ${reason}`;
  }
  return said;
}

/** The request that failed, for the message. */
export type FailedRequest = {
  method: string;
  url: string;
  /** How many times it was sent (more than 1 when retries ran out). */
  attempts: number;
};

/**
 * Turns a non-2xx answer into the matching error. The service mostly answers with its
 * `ErrorResponse` envelope, but FastAPI itself answers `{"detail": ...}` (401 without a token,
 * 404 and 405 for unknown paths and methods, every failure of `POST /params`), so both are read.
 * `message` starts with the service's own words and adds what they leave out: the reason of a
 * 500, the first fields of a 422, the method and URL of a 404 or 405 no route answered, and the
 * number of attempts when retries ran out.
 */
export function createApiError(
  operation: string,
  status: number,
  headers: Headers,
  body: unknown,
  request: FailedRequest = { method: '', url: '', attempts: 1 },
): DispatchApiError {
  const failure = readFailure(body);
  const said = clip(messageOf(status, failure, request));
  const attempts = request.attempts > 1 ? ` (after ${request.attempts} attempts)` : '';
  const message = `${said === '' ? `${operation} failed with HTTP ${status}` : said}${attempts}`;
  const common = {
    operation,
    status,
    headers,
    body,
    errorCode: failure.errorCode,
    message,
    details: failure.details,
    requestId: failure.requestId ?? headers.get(CORRELATION_ID_HEADER) ?? undefined,
  };
  if (status === 422) return new DispatchValidationError({ ...common, issues: failure.issues });
  return new DispatchApiError(common);
}
