import type { FetchLike } from '../DispatchClientOptions';
import { DispatchAbortError } from '../errors/DispatchAbortError';
import { DispatchError } from '../errors/DispatchError';
import { DispatchNetworkError } from '../errors/DispatchNetworkError';
import { DispatchTimeoutError } from '../errors/DispatchTimeoutError';

/** One HTTP request to make. */
export type HttpRequest = {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  fetch: FetchLike;
  /** Reads the body of the answer; the timeout and the signal cover it too. */
  read: (response: Response) => Promise<unknown>;
};

/** An HTTP answer, body read. */
export type HttpExchange = { status: number; headers: Headers; body: unknown };

const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
};

// The cause is what `AbortSignal.timeout()` would have aborted with.
const timeoutError = (timeoutMs: number): DispatchTimeoutError =>
  new DispatchTimeoutError(timeoutMs, {
    cause: new DOMException(`signal timed out after ${timeoutMs} ms`, 'TimeoutError'),
  });

/**
 * Makes one attempt. Timeout and abort also settle the call when a custom `fetch` ignores its
 * signal, and they cover reading the body, so a server that stalls mid-answer is caught.
 */
export async function sendRequest(request: HttpRequest): Promise<HttpExchange> {
  const { signal, timeoutMs } = request;
  if (signal?.aborted) throw new DispatchAbortError({ cause: signal.reason });
  const controller = new AbortController();
  let stop: (error: DispatchError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = (error) => {
      controller.abort(error);
      reject(error);
    };
  });
  stopped.catch(() => {});
  const onAbort = () => stop(new DispatchAbortError({ cause: signal?.reason }));
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs !== undefined && timeoutMs > 0
      ? setTimeout(() => stop(timeoutError(timeoutMs)), timeoutMs)
      : undefined;
  try {
    const response = await Promise.race([
      request.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      }),
      stopped,
    ]);
    const body = await Promise.race([request.read(response), stopped]);
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (error instanceof DispatchError) throw error;
    if (controller.signal.reason instanceof DispatchError) throw controller.signal.reason;
    throw new DispatchNetworkError(`${request.method} ${request.url} failed: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
