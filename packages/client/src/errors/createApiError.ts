import { ErrorResponseSchema, ValidationErrorSchema } from '@apex-dispatch/contract';
import { DispatchApiError } from './DispatchApiError';
import { DispatchValidationError, type DispatchValidationIssue } from './DispatchValidationError';

const CORRELATION_HEADER = 'x-correlation-id';

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
 * Turns a non-2xx answer into the matching error. The service mostly answers with its
 * `ErrorResponse` envelope, but FastAPI itself answers `{"detail": ...}` (401 without a token,
 * and 422 on services that keep FastAPI's handler), so both are read.
 */
export function createApiError(
  operation: string,
  status: number,
  headers: Headers,
  body: unknown,
): DispatchApiError {
  const envelope = ErrorResponseSchema.safeParse(body);
  const detail =
    typeof body === 'object' && body !== null && 'detail' in body ? body.detail : undefined;
  // A proxy's HTML error page makes a poor message: keep its start only.
  const text = typeof body === 'string' ? body.trim().slice(0, 200) : '';
  const fallbackMessage = text === '' ? `HTTP ${status}` : text;
  const init = envelope.success
    ? {
        errorCode: envelope.data.error_code,
        message: envelope.data.message,
        details: envelope.data.details ?? undefined,
        requestId: envelope.data.request_id ?? headers.get(CORRELATION_HEADER) ?? undefined,
      }
    : {
        errorCode: undefined,
        message:
          typeof detail === 'string'
            ? detail
            : Array.isArray(detail)
              ? 'Request validation failed.'
              : fallbackMessage,
        details: undefined,
        requestId: headers.get(CORRELATION_HEADER) ?? undefined,
      };
  const common = { ...init, operation, status, headers, body };
  if (status === 422) {
    const issues = envelope.success ? toIssues(envelope.data.details?.errors) : toIssues(detail);
    return new DispatchValidationError({ ...common, issues });
  }
  return new DispatchApiError(common);
}
