import { describe, expect, it } from 'vitest';
import { formatLogLine } from './formatLogLine';

// 2026-12-05 09:14:02 local time, whatever the machine's zone.
const time = new Date(2026, 11, 5, 9, 14, 2).getTime();
const request = (status: number) => ({
  level: 30,
  time,
  pid: 1,
  hostname: 'h',
  msg: 'request',
  method: 'POST',
  path: '/unit_jobs',
  status,
  durationMs: 4.237,
  correlationId: 'c0ffee',
});

describe('formatLogLine', () => {
  it('writes a request as time, method, path, status, duration and correlation id', () => {
    expect(formatLogLine(request(201))).toBe(
      '09:14:02 INFO  POST /unit_jobs 201 Created 4.2 ms c0ffee',
    );
  });

  it('marks a 4xx answer as a warning and a 5xx as an error', () => {
    expect(formatLogLine(request(422))).toMatch(
      /^09:14:02 WARN {2}POST \/unit_jobs 422 Unprocessable Entity/,
    );
    expect(formatLogLine(request(500))).toMatch(
      /^09:14:02 ERROR POST \/unit_jobs 500 Internal Server Error/,
    );
    expect(formatLogLine(request(0))).toMatch(/WARN {2}POST \/unit_jobs no answer/);
  });

  it('colours the level and status only when asked (a terminal)', () => {
    expect(formatLogLine(request(500))).not.toContain('\u001b[');
    const coloured = formatLogLine(request(500), { colour: true });
    expect(coloured).toContain('\u001b[31mERROR');
    expect(coloured).toContain('\u001b[31m500 Internal Server Error\u001b[39m');
    expect(formatLogLine(request(404), { colour: true })).toContain('\u001b[33m404 Not Found');
  });

  it('writes other records as their message and fields, an error with its stack', () => {
    expect(formatLogLine({ level: 30, time, msg: 'shutting down', signal: 'SIGINT' })).toBe(
      '09:14:02 INFO  shutting down signal=SIGINT',
    );
    expect(
      formatLogLine({
        level: 50,
        time,
        msg: 'unexpected error',
        path: '/jobs_status',
        err: { message: 'boom', stack: 'Error: boom\n    at f (x.ts:1:1)' },
      }),
    ).toBe(
      '09:14:02 ERROR unexpected error path=/jobs_status\n    Error: boom\n        at f (x.ts:1:1)',
    );
  });
});
