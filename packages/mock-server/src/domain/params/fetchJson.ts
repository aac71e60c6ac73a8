import { jsonErrorOffset } from '../validation/jsonErrorOffset';
import { ParameterRetrievalError } from './ParameterRetrievalError';

const TIMEOUT_MS = 10_000;

// The words Python's `requests` uses when it cannot reach a host.
function connectionFailure(url: URL, error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : '';
  const reason =
    code === 'ECONNREFUSED'
      ? '[Errno 111] Connection refused'
      : code === 'ENOTFOUND'
        ? '[Errno -2] Name or service not known'
        : cause instanceof Error
          ? cause.message
          : String(cause);
  const pool = url.protocol === 'https:' ? 'HTTPSConnectionPool' : 'HTTPConnectionPool';
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${pool}(host='${url.hostname}', port=${port}): Max retries exceeded with url: ${url.pathname}${url.search} (Caused by NewConnectionError('Failed to establish a new connection: ${reason}'))`;
}

function parseUrl(text: string): URL {
  if (!URL.canParse(text) || !/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    throw new ParameterRetrievalError(
      `Invalid URL '${text}': No scheme supplied. Perhaps you meant https://${text}?`,
    );
  }
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ParameterRetrievalError(`No connection adapters were found for '${text}'`);
  }
  return url;
}

/** What a failed HTTP answer is called by the client that fetched it. */
export type HttpFailureWording = (
  status: number,
  statusText: string,
  body: string,
  url: string,
) => string;

/** `requests`' `raise_for_status()` wording: "404 Client Error: Not Found for url: ...". */
export const requestsWording: HttpFailureWording = (status, statusText, _body, url) =>
  `${status} ${status < 500 ? 'Client' : 'Server'} Error: ${statusText} for url: ${url}`;

/**
 * GETs a JSON document as the service's HTTP clients do; a failure throws the reason they give
 * (unreachable host, error status, a body that is no JSON), worded after Python's libraries.
 */
export async function fetchJson(location: string, wording: HttpFailureWording): Promise<unknown> {
  const url = parseUrl(location);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new ParameterRetrievalError(connectionFailure(url, error));
  }
  const text = await response.text();
  if (!response.ok) {
    throw new ParameterRetrievalError(
      wording(response.status, response.statusText, text, url.href),
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const before = text.slice(0, offset).split('\n');
    const column = (before[before.length - 1]?.length ?? 0) + 1;
    throw new ParameterRetrievalError(
      `Expecting value: line ${before.length} column ${column} (char ${offset})`,
    );
  }
}
