import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { afterAll, beforeAll } from 'vitest';
import type { MockServerOptions } from '../server/MockServerOptions';
import { type MockServer, startMockServer } from '../startMockServer';

/** A JWT whose payload carries `claims`; the mock never checks the signature. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** Headers of a request made as `user`. */
export const as = (user: string, extra: Record<string, string> = {}): Record<string, string> => ({
  Authorization: `Bearer ${user}`,
  ...extra,
});

export const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** A job request for the OGC vegetation-index service, with any field replaced. */
export function jobRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...ogcApiProcessJobRequestExample, ...overrides };
}

export type TestServer = MockServer & {
  /** fetch against the server: `call('/unit_jobs', { method: 'POST', ... })`. */
  call: (path: string, init?: RequestInit) => Promise<Response>;
  /** POST a JSON body as `user`. */
  post: (
    path: string,
    body: unknown,
    user?: string,
    headers?: Record<string, string>,
  ) => Promise<Response>;
  /** GET as `user`. */
  get: (path: string, user?: string, headers?: Record<string, string>) => Promise<Response>;
};

/** Starts a mock server on a free port for the enclosing test file (or describe block). */
export function useTestServer(options: MockServerOptions = {}): TestServer {
  const server = {} as TestServer;
  beforeAll(async () => {
    const started = await startMockServer({ port: 0, ...options });
    const call = (path: string, init?: RequestInit) => fetch(`${started.url}${path}`, init);
    Object.assign(server, started, {
      call,
      post: (path: string, body: unknown, user = 'alice', headers: Record<string, string> = {}) =>
        call(path, {
          method: 'POST',
          headers: { ...as(user), ...JSON_HEADERS, ...headers },
          body: JSON.stringify(body),
        }),
      get: (path: string, user = 'alice', headers: Record<string, string> = {}) =>
        call(path, { headers: { ...as(user), ...headers } }),
    });
  });
  afterAll(async () => {
    await server.close();
  });
  return server;
}
