import { consoleLogger } from '../domain/consoleLogger';
import { createMockCore } from '../domain/createMockCore';
import { apiOrigin } from './apiOrigin';
import {
  DEFAULT_HANDLERS_BASE_URL,
  type DispatchHandlers,
  type DispatchHandlersOptions,
} from './DispatchHandlers';
import { handlersOverCore } from './handlersOverCore';

/**
 * MSW request handlers for the whole API, HTTP and the two status streams, answered by one
 * mock in process: `setupServer(...createDispatchHandlers())` in Node,
 * `setupWorker(...createDispatchHandlers())` in a browser. Same options and defaults as
 * startMockServer, plus `baseUrl`, the address the app's client uses. The handlers translate
 * MSW's requests and sockets for the mock's core, and nothing else.
 */
export function createDispatchHandlers(options: DispatchHandlersOptions = {}): DispatchHandlers {
  const { baseUrl = DEFAULT_HANDLERS_BASE_URL, ...mockOptions } = options;
  const origin = apiOrigin(baseUrl);
  const { logLevel } = mockOptions;
  const logger =
    mockOptions.logger ?? (logLevel && logLevel !== 'silent' ? consoleLogger(logLevel) : undefined);
  return handlersOverCore(
    createMockCore({ ...mockOptions, ...(logger ? { logger } : {}) }),
    origin,
  );
}
