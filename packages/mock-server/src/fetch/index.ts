// The browser-safe entry: the mock in process, without Node, express, ws or pino.
export type {
  MockClock,
  MockControl,
  NextAnswer,
  RecordedRequest,
} from '../domain/control/MockControl';
export type { MockSeed } from '../domain/control/MockSeed';
export { createMockCore, type MockCore } from '../domain/createMockCore';
export type { DocsFileReader } from '../domain/http/docsAnswer';
export type { MockLogger } from '../domain/MockLogger';
export type { BodyReader, MockRequest } from '../domain/MockRequest';
export type { MockResponse } from '../domain/MockResponse';
export type { LogLevel, MockServerOptions } from '../domain/MockServerOptions';
export type { StreamSink } from '../domain/streams/runStream';
export type { StreamClose } from '../domain/streams/StatusStream';
export type { StreamHandle, StreamHub, StreamOpening } from '../domain/streams/StreamHub';
export { createMockFetch, type MockFetch } from './createMockFetch';
export type { FetchFunction } from './fetchOverCore';
