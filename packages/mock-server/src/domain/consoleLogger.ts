import type { MockLogger } from './MockLogger';
import type { LogLevel } from './MockServerOptions';

const LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** A logger writing to the console from `level` up, where there is no pino (a browser). */
export function consoleLogger(level: LogLevel): MockLogger {
  const threshold = LEVELS.indexOf(level);
  const enabled = (wanted: string) => {
    const index = LEVELS.indexOf(wanted as LogLevel);
    return index !== -1 && index >= threshold && threshold < LEVELS.indexOf('silent');
  };
  return {
    isLevelEnabled: enabled,
    info: (fields, message) => {
      if (enabled('info')) console.info(message, fields);
    },
    warn: (fields, message) => {
      if (enabled('warn')) console.warn(message, fields);
    },
    error: (fields, message) => {
      if (enabled('error')) console.error(message, fields);
    },
  };
}
