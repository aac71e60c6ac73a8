import { MimeTypes } from '@apex-dispatch/contract';
import { fastApiError } from '../errors/fastApiError';
import { jsonErrorOffset } from '../validation/jsonErrorOffset';
import { nestingDepth } from '../validation/nestingDepth';
import { validationFailed } from '../validation/ValidationIssue';

/**
 * Python's JSON decoder gives up near its recursion limit, and the real service then answers
 * 400; the mock's own limit holds the same line, so that every stored document prints again.
 */
export const MAX_NESTING_DEPTH = 1000;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

function isJsonMediaType(contentType: string | undefined): boolean {
  // FastAPI's strict content type (the default of the 0.142 a deployment installs): no type is
  // no JSON.
  if (contentType === undefined || contentType.trim() === '') return false;
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mediaType === MimeTypes.JSON || /^application\/[^/]+\+json$/.test(mediaType);
}

/** Python's json reports offsets in characters (code points), not UTF-16 units. */
function codePointOffset(text: string, utf16Offset: number): number {
  return Array.from(text.slice(0, utf16Offset)).length;
}

/**
 * Turns the raw body of a POST into what FastAPI hands its validation: the parsed JSON for a
 * JSON content type, the text itself for any other type (so validation
 * answers `model_attributes_type`), nothing for an empty body or `null` (`missing`).
 */
export function parseJsonBody(raw: Uint8Array, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (!isJsonMediaType(contentType)) return LENIENT_UTF8.decode(raw);
  let text: string;
  try {
    text = STRICT_UTF8.decode(raw).replace(/^\uFEFF/, '');
  } catch {
    // Python's json.loads fails to decode the bytes: FastAPI's 400, not a JSON error.
    throw fastApiError('BODY_NOT_PARSED');
  }
  // Nesting deeper than the limit takes more brackets than a shorter text holds.
  if (text.length > MAX_NESTING_DEPTH && nestingDepth(text) > MAX_NESTING_DEPTH) {
    // FastAPI's answer to a body its parser gives up on.
    throw fastApiError('BODY_NOT_PARSED');
  }
  try {
    // FastAPI takes a JSON `null` for no body at all: `missing`, as for an empty one.
    return JSON.parse(text) ?? undefined;
  } catch {
    const offset = codePointOffset(text, jsonErrorOffset(text));
    throw validationFailed([
      { type: 'json_invalid', loc: ['body', offset], msg: 'JSON decode error', input: {} },
    ]);
  }
}
