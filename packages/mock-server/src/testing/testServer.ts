import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { afterAll, beforeAll } from 'vitest';
import type { MockControl } from '../domain/control/MockControl';
import type { MockServerOptions } from '../domain/MockServerOptions';
import type { MockServer } from '../http/startMockServer';
import type { RecordedStream } from './RecordedStream';
import type { StartedMock } from './transports/MockTransport';
import { transportName, transports } from './transports/transports';

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

/** The transport this run of the behaviour suite goes through (`MOCK_TRANSPORT`). */
export const transport = transportName();

export type TestServer = {
  /** Base URL of the API on this transport. */
  readonly url: string;
  /** A request by path (or absolute URL): `call('/unit_jobs', { method: 'POST', ... })`. */
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
  /** Opens a status stream by path and query, and records it. */
  openStream: (path: string) => Promise<RecordedStream>;
  /** The HTTP status of a stream's handshake: 101 when accepted, else the refusal's. */
  handshakeStatus: (path: string) => Promise<number>;
  /** The mock's control API (absent over the `url` transport). */
  readonly control: MockControl;
  /** The socket server: only on the `http` transport. */
  readonly server: MockServer | undefined;
  close: () => Promise<void>;
};

/**
 * Starts a mock for the enclosing test file (or describe block) over this run's transport: the
 * same tests go over express and a socket, createMockFetch, or any transport registered.
 */
export function useTestServer(options: MockServerOptions = {}): TestServer {
  let started: StartedMock | undefined;
  const mock = (): StartedMock => {
    if (!started) throw new Error('The test server is not started yet');
    return started;
  };
  const call = (path: string, init?: RequestInit) =>
    mock().fetch(/^https?:/.test(path) ? path : `${mock().url}${path}`, init);
  const server: TestServer = {
    get url() {
      return mock().url;
    },
    call,
    post: (path, body, user = 'alice', headers = {}) =>
      call(path, {
        method: 'POST',
        headers: { ...as(user), ...JSON_HEADERS, ...headers },
        body: JSON.stringify(body),
      }),
    get: (path, user = 'alice', headers = {}) =>
      call(path, { headers: { ...as(user), ...headers } }),
    openStream: (path) => mock().openStream(path),
    handshakeStatus: (path) => mock().handshakeStatus(path),
    get control() {
      const { control } = mock();
      if (!control) throw new Error(`The ${transport} transport has no control API`);
      return control;
    },
    get server() {
      return mock().server;
    },
    close: () => mock().close(),
  };
  beforeAll(async () => {
    const start = transports[transport];
    if (!start) throw new Error(`No transport named ${transport}`);
    started = await start(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return server;
}
