import type { MockControl } from '../../domain/control/MockControl';
import type { MockServerOptions } from '../../domain/MockServerOptions';
import type { MockServer } from '../../http/startMockServer';
import type { RecordedStream } from '../RecordedStream';

/** A mock a test talks to, over one transport. */
export type StartedMock = {
  /** The base URL the test's requests go to. */
  readonly url: string;
  /** `fetch` of an absolute URL through the transport. */
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Opens a status stream by its path and query (`/ws/jobs_status?token=alice`). */
  readonly openStream: (path: string) => Promise<RecordedStream>;
  /** The HTTP status of a stream's handshake: 101 when accepted. */
  readonly handshakeStatus: (path: string) => Promise<number>;
  /** The control API, where the transport reaches the mock's own (not over `url`). */
  readonly control?: MockControl;
  /** The socket server, on the `http` transport only: for tests about that transport. */
  readonly server?: MockServer;
  readonly close: () => Promise<void>;
};

/** Starts a mock with `options` behind one transport. */
export type MockTransport = (options: MockServerOptions) => Promise<StartedMock>;
