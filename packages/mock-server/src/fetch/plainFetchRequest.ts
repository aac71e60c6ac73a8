import type { MockRequest } from '../domain/MockRequest';

// The methods fetch upper-cases whatever their spelling; any other goes through a Request.
const NORMALISED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
// Other options (mode, cache, credentials, ...) are validated by a Request, so they take it.
const PLAIN_OPTIONS = new Set(['method', 'headers', 'body', 'signal']);
// What fetch gives a text body that names no type of its own.
const TEXT_BODY_TYPE = 'text/plain;charset=UTF-8';
const encoder = new TextEncoder();

// A copy, as a Request takes one: the caller may reuse its buffer once fetch has returned.
function bodyBytes(body: unknown): Uint8Array | null | undefined {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  if (ArrayBuffer.isView(body) && body.buffer instanceof ArrayBuffer) {
    return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  }
  return undefined;
}

type ParsedUrl = { href: string; target: string; origin: string };
// The client calls the same few URLs over and over: the last one is kept as parsed.
let lastUrl: { input: string; parsed: ParsedUrl | undefined } | undefined;

// Undefined where a Request would refuse the URL (unparsable, or with credentials).
function parseUrl(input: string): ParsedUrl | undefined {
  if (lastUrl?.input === input) return lastUrl.parsed;
  let parsed: ParsedUrl | undefined;
  if (URL.canParse(input)) {
    const url = new URL(input);
    parsed =
      url.username === '' && url.password === ''
        ? { href: url.href, target: `${url.pathname}${url.search}`, origin: url.origin }
        : undefined;
  }
  lastUrl = { input, parsed };
  return parsed;
}

function isPlainInit(init: RequestInit | undefined): boolean {
  if (init === undefined) return true;
  if (typeof init !== 'object' || init === null) return false;
  for (const key in init) if (!PLAIN_OPTIONS.has(key)) return false;
  const { signal } = init;
  return signal === undefined || signal === null || signal instanceof AbortSignal;
}

/**
 * The core's request for a fetch call a Request would take as given, read straight from
 * `input` and `init` (the same URL, method, headers and bytes a Request would hold), or
 * undefined for any other call, which then goes through a Request and its checks.
 */
export function plainFetchRequest(
  input: string | URL | Request,
  init: RequestInit | undefined,
): { url: string; request: MockRequest } | undefined {
  if ((typeof input !== 'string' && !(input instanceof URL)) || !isPlainInit(init)) {
    return undefined;
  }
  const given = init?.method === undefined ? 'GET' : init.method;
  const method = typeof given === 'string' ? given.toUpperCase() : '';
  if (!NORMALISED_METHODS.has(method)) return undefined;
  const bytes = bodyBytes(init?.body);
  if (bytes === undefined || (bytes !== null && (method === 'GET' || method === 'HEAD'))) {
    return undefined;
  }
  const url = parseUrl(typeof input === 'string' ? input : input.href);
  if (url === undefined) return undefined;
  let headers: Headers;
  try {
    // A Headers given is read as it is now, as a Request would copy it.
    headers = init?.headers instanceof Headers ? init.headers : new Headers(init?.headers);
  } catch {
    // The Request throws its own error for it.
    return undefined;
  }
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  if (typeof init?.body === 'string' && record['content-type'] === undefined) {
    record['content-type'] = TEXT_BODY_TYPE;
  }
  return {
    url: url.href,
    request: {
      method,
      url: url.target,
      headers: record,
      baseUrl: url.origin,
      ...(bytes === null
        ? {}
        : { body: async (limit: number) => (bytes.length > limit ? undefined : bytes) }),
    },
  };
}
