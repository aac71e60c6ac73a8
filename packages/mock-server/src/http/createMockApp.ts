import pino from 'pino';
import { createMockCore } from '../domain/createMockCore';
import type { MockServerOptions } from '../domain/MockServerOptions';
import { expressMockApp } from './expressMockApp';
import type { MockApp } from './MockApp';
import { nodeCoreOptions } from './nodeCoreOptions';

/** The mock APEx Dispatch API as a request listener, e.g. for supertest; state lives in the app. */
export function createMockApp(options: MockServerOptions = {}): MockApp {
  return expressMockApp(createMockCore(nodeCoreOptions(options, pino)));
}
