import type { MockLogger } from '../domain/MockLogger';
import type { LogLevel, MockServerOptions } from '../domain/MockServerOptions';
import { defaultDocsDir, nodeDocsReader } from './nodeDocsReader';

/** Makes the request logger at a level: pino's default export, which the Node entries pass. */
export type LoggerFactory = (options: { level: LogLevel }) => MockLogger;

/** Whether the options ask for a logger of the Node entries' own: a level, and no logger. */
export function wantsOwnLogger(options: MockServerOptions): boolean {
  return options.logger === undefined && (options.logLevel ?? 'silent') !== 'silent';
}

/**
 * The options as the core takes them under Node: the docs site read from `docsDir` (by default
 * the one shipped in dist/docs), and a logger at `logLevel` unless one is given. At `silent`,
 * the default, there is none, as nothing would be written: pino is then not even loaded.
 */
export function nodeCoreOptions(
  options: MockServerOptions,
  createLogger: LoggerFactory | undefined,
): MockServerOptions {
  return {
    ...options,
    logger:
      options.logger ??
      (wantsOwnLogger(options) && createLogger
        ? createLogger({ level: options.logLevel ?? 'silent' })
        : undefined),
    docsFiles: options.docsFiles ?? nodeDocsReader(options.docsDir ?? defaultDocsDir()),
  };
}
