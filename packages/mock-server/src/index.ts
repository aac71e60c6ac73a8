export { loadServicesFile } from './cli/loadServicesFile';
export type {
  MockClock,
  MockControl,
  NextAnswer,
  RecordedRequest,
} from './domain/control/MockControl';
export type { MockSeed } from './domain/control/MockSeed';
export type { DocsFileReader } from './domain/http/docsAnswer';
export type { MockLogger } from './domain/MockLogger';
export type { LogLevel, MockServerOptions } from './domain/MockServerOptions';
export {
  type ServiceDefinition,
  ServiceDefinitionSchema,
} from './domain/params/ServiceDefinition';
export { createMockFetch, type MockFetch } from './fetch/createMockFetch';
export type { FetchFunction } from './fetch/fetchOverCore';
export { createMockApp } from './http/createMockApp';
export type { MockApp } from './http/MockApp';
export { type MockServer, startMockServer } from './http/startMockServer';
