import { consoleLogger } from '../domain/consoleLogger';
import type { MockControl } from '../domain/control/MockControl';
import { createMockCore } from '../domain/createMockCore';
import type { MockServerOptions } from '../domain/MockServerOptions';
import { type FetchFunction, fetchOverCore } from './fetchOverCore';

/** A `fetch` answered by the mock in process, with its test-control API. */
export type MockFetch = FetchFunction & {
  /** Seed, script answers, read the requests received, drive the clock. */
  readonly control: MockControl;
};

/**
 * The mock as a `fetch` function: `(input, init?) => Promise<Response>`, answering any URL's
 * path exactly as the server does, opening no socket; pass it to
 * `createDispatchClient({ baseUrl, token, fetch: createMockFetch() })`. Same options and
 * defaults as startMockServer; `/docs` is served only through `docsFiles`.
 */
export function createMockFetch(options: MockServerOptions = {}): MockFetch {
  const logger =
    options.logger ??
    (options.logLevel === undefined || options.logLevel === 'silent'
      ? undefined
      : consoleLogger(options.logLevel));
  const core = createMockCore({ ...options, ...(logger ? { logger } : {}) });
  return Object.assign(fetchOverCore(core), { control: core.control });
}
