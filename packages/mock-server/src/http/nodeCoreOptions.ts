import pino from 'pino';
import type { MockServerOptions } from '../domain/MockServerOptions';
import { defaultDocsDir, nodeDocsReader } from './nodeDocsReader';

/**
 * The options as the core takes them under Node: a pino logger at `logLevel` unless one is
 * given, and the docs site read from `docsDir` (by default the one shipped in dist/docs).
 */
export function nodeCoreOptions(options: MockServerOptions): MockServerOptions {
  return {
    ...options,
    logger: options.logger ?? pino({ level: options.logLevel ?? 'silent' }),
    docsFiles: options.docsFiles ?? nodeDocsReader(options.docsDir ?? defaultDocsDir()),
  };
}
