import pino, { type Level, type Logger } from 'pino';
import { formatLogLine } from './formatLogLine';
import type { LogFormat } from './parseCliArgs';

/** Where the CLI writes and how: the process's stdout by default. */
export type CliLoggerOptions = {
  level: Level | 'silent';
  /** Asked for on the command line; otherwise pretty on a terminal and json elsewhere. */
  format?: LogFormat | undefined;
  stdout?: { isTTY?: boolean; write: (text: string) => unknown };
  env?: NodeJS.ProcessEnv;
};

/**
 * The CLI's pino logger. JSON lines (pino's own) are for machines: a log collector, a pipe, a
 * CI log; a terminal gets one readable line per record, written by a small formatter rather
 * than pino-pretty, which would add a dozen packages for the same line.
 */
export function createCliLogger({
  level,
  format,
  stdout = process.stdout,
  env = process.env,
}: CliLoggerOptions): Logger {
  const pretty = (format ?? (stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  if (!pretty) {
    return stdout === process.stdout
      ? pino({ level })
      : pino({ level }, { write: (line: string) => stdout.write(line) });
  }
  // https://no-color.org: any value of NO_COLOR turns colour off.
  const colour = Boolean(stdout.isTTY) && env.NO_COLOR === undefined;
  return pino(
    { level },
    {
      write: (line: string) => {
        stdout.write(`${formatLogLine(JSON.parse(line), { colour })}\n`);
      },
    },
  );
}
