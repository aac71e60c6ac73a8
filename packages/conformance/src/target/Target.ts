import { MimeTypes, wireHeaders } from '@apex-dispatch/contract';
import type { Answer } from './Answer';

/** A request to the deployment. */
export type TargetRequest = {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Send `Authorization: Bearer <token>` (default false; a check asks for it). */
  auth?: boolean;
  headers?: Record<string, string>;
  query?: Record<string, string | number | string[]>;
};

/** The deployment under test: its URLs and a way to call it. */
export type Target = {
  baseUrl: string;
  /** The token, when one was given; never shown in a report. */
  token: string | undefined;
  /** An absolute URL of the API, from a path and query parameters. */
  url: (path: string, query?: Record<string, string | number | string[]>) => string;
  request: (path: string, init?: TargetRequest) => Promise<Answer>;
};

export type TargetOptions = {
  baseUrl: string;
  token: string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls a deployment at `baseUrl`; every request ends after `timeoutMs`. */
export function createTarget({ baseUrl, token, fetch, timeoutMs }: TargetOptions): Target {
  const base = baseUrl.replace(/\/+$/, '');
  const url: Target['url'] = (path, query = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
    }
    const rest = search.size > 0 ? `?${search}` : '';
    return `${base}${path}${rest}`;
  };
  return {
    baseUrl: base,
    token,
    url,
    request: async (path, init = {}) => {
      const headers: Record<string, string> = { Accept: MimeTypes.JSON, ...init.headers };
      if (init.body !== undefined) headers['Content-Type'] = MimeTypes.JSON;
      // The scheme FastAPI's challenge names is the one the service reads.
      if (init.auth && token !== undefined)
        headers.Authorization = `${wireHeaders.notAuthenticatedChallenge.value} ${token}`;
      const response = await fetch(url(path, init.query), {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: parseJson(text) };
    },
  };
}

/** The correlation id an answer carries, as the contract names the header. */
export function correlationIdOf(answer: Answer): string | null {
  return answer.headers.get(wireHeaders.correlationId);
}
