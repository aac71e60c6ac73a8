import { describe, expect, it } from 'vitest';
import { createCliLogger } from './createCliLogger';

function terminal(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, stdout: { isTTY, write: (text: string) => lines.push(text) } };
}

const logRequest = (logger: ReturnType<typeof createCliLogger>) =>
  logger.info(
    { method: 'GET', path: '/health', status: 200, durationMs: 1, correlationId: 'id-1' },
    'request',
  );

describe('createCliLogger', () => {
  it('writes readable, coloured lines to a terminal', () => {
    const { lines, stdout } = terminal(true);
    logRequest(createCliLogger({ level: 'info', stdout, env: {} }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/GET.* \/health .*200 OK.* 1\.0 ms .*id-1/);
    expect(lines[0]).toContain('\u001b[');
  });

  it("writes pino's JSON lines when stdout is not a terminal", () => {
    const { lines, stdout } = terminal(false);
    logRequest(createCliLogger({ level: 'info', stdout, env: {} }));
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      status: 200,
      correlationId: 'id-1',
    });
  });

  it('follows --log-format over the terminal, and NO_COLOR', () => {
    const json = terminal(true);
    logRequest(createCliLogger({ level: 'info', format: 'json', stdout: json.stdout, env: {} }));
    expect(JSON.parse(json.lines[0] ?? '')).toMatchObject({ path: '/health' });

    const piped = terminal(false);
    logRequest(createCliLogger({ level: 'info', format: 'pretty', stdout: piped.stdout, env: {} }));
    expect(piped.lines[0]).toMatch(/ INFO {2}GET \/health 200 OK 1\.0 ms id-1\n$/);

    const noColour = terminal(true);
    logRequest(createCliLogger({ level: 'info', stdout: noColour.stdout, env: { NO_COLOR: '1' } }));
    expect(noColour.lines[0]).not.toContain('\u001b[');
  });

  it('keeps to its level', () => {
    const { lines, stdout } = terminal(true);
    logRequest(createCliLogger({ level: 'warn', stdout, env: {} }));
    expect(lines).toEqual([]);
  });
});
