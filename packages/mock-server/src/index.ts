export { createMockApp } from './createMockApp';
export { loadServicesFile } from './params/loadServicesFile';
export {
  type ServiceDefinition,
  ServiceDefinitionSchema,
} from './params/ServiceDefinition';
export type { MockApp } from './server/MockApp';
export type { MockServerOptions } from './server/MockServerOptions';
export { type MockServer, startMockServer } from './startMockServer';
