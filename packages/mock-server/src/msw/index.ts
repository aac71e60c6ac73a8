// The MSW entry: handlers for msw's setupServer and setupWorker, browser-safe like ../fetch.
export type {
  MockClock,
  MockControl,
  NextAnswer,
  RecordedRequest,
} from '../domain/control/MockControl';
export type { MockSeed } from '../domain/control/MockSeed';
export type { LogLevel, MockServerOptions } from '../domain/MockServerOptions';
export { createDispatchHandlers } from './createDispatchHandlers';
export {
  DEFAULT_HANDLERS_BASE_URL,
  type DispatchHandlers,
  type DispatchHandlersOptions,
} from './DispatchHandlers';
