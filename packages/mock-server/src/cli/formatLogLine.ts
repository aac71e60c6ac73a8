import { STATUS_CODES } from 'node:http';

/** A pino log record as its JSON line carries it. */
export type LogRecord = {
  level?: number;
  time?: number;
  msg?: string;
  [field: string]: unknown;
};

const PAINT = {
  dim: [2, 22],
  green: [32, 39],
  yellow: [33, 39],
  red: [31, 39],
  cyan: [36, 39],
  bold: [1, 22],
} as const;
type Paint = keyof typeof PAINT;

// pino's numeric levels.
const LEVELS: ReadonlyArray<[number, string, Paint]> = [
  [50, 'ERROR', 'red'],
  [40, 'WARN', 'yellow'],
  [30, 'INFO', 'green'],
  [20, 'DEBUG', 'cyan'],
  [0, 'TRACE', 'dim'],
];
const levelOf = (level: number): [string, Paint] => {
  const [, label, style] = LEVELS.find(([floor]) => level >= floor) ?? [0, 'TRACE', 'dim'];
  return [label, style];
};

// Fields every record has, or that the line shows in its own place.
const SHOWN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err']);

function clock(time: number | undefined): string {
  const date = new Date(time ?? Date.now());
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function isRequest(record: LogRecord): boolean {
  return record.msg === 'request' && typeof record.method === 'string';
}

/**
 * One log record as a line a person reads, as uvicorn prints them: time, level, then for a
 * request its method, path, status, duration and correlation id. A request answered 4xx is a
 * warning and 5xx an error, whatever level it was logged at; 0 is a client that left unanswered.
 * Colour (ANSI) only when asked, for a terminal.
 */
export function formatLogLine(record: LogRecord, { colour = false } = {}): string {
  const paint = (style: Paint, text: string) =>
    colour ? `\u001b[${PAINT[style][0]}m${text}\u001b[${PAINT[style][1]}m` : text;
  const time = paint('dim', clock(record.time));
  if (isRequest(record)) {
    const status = Number(record.status ?? 0);
    const [label, style]: [string, Paint] =
      status >= 500
        ? ['ERROR', 'red']
        : status >= 400 || status === 0
          ? ['WARN', 'yellow']
          : ['INFO', 'green'];
    const answer = status === 0 ? 'no answer' : `${status} ${STATUS_CODES[status] ?? ''}`.trim();
    const duration = `${Number(record.durationMs ?? 0).toFixed(1)} ms`;
    const id = record.correlationId ? ` ${paint('dim', String(record.correlationId))}` : '';
    return `${time} ${paint(style, label.padEnd(5))} ${paint('bold', String(record.method))} ${record.path} ${paint(style, answer)} ${duration}${id}`;
  }
  const [label, style] = levelOf(record.level ?? 30);
  const fields = Object.entries(record)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = record.err as { message?: string; stack?: string } | undefined;
  const detail = err ? `\n${err.stack ?? err.message ?? ''}`.replace(/\n/g, '\n    ') : '';
  return `${time} ${paint(style, label.padEnd(5))} ${[record.msg ?? '', ...fields].join(' ')}${detail}`;
}
