import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parseCliArgs';

describe('parseCliArgs', () => {
  it('defaults to the real service’s port on 127.0.0.1 with auth on', () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      options: { port: 8000, host: '127.0.0.1', auth: true, logLevel: 'info' },
    });
  });

  it('reads durations, sizes and repeated origins', () => {
    const request = parseCliArgs([
      '--job-duration',
      '2s',
      '--latency',
      '150',
      '--body-limit',
      '2mb',
      '--cors-origin',
      'https://a.example',
      '--cors-origin',
      'https://b.example',
      '--host',
      '0.0.0.0',
    ]);
    expect(request).toMatchObject({
      help: false,
      options: {
        jobDurationMs: 2000,
        latencyMs: 150,
        bodyLimit: 2 * 1024 * 1024,
        corsOrigin: ['https://a.example', 'https://b.example'],
        host: '0.0.0.0',
      },
    });
  });

  it('reads more backends and the OGC synchronous simulation', () => {
    const request = parseCliArgs([
      '--backend',
      'https://openeo.example.test',
      '--backend=https://ogc.example.test',
      '--ogc-sync-jobs',
    ]);
    expect(request).toMatchObject({
      help: false,
      options: {
        backends: ['https://openeo.example.test', 'https://ogc.example.test'],
        ogcSyncJobs: true,
      },
    });
    expect(parseCliArgs([])).not.toHaveProperty('options.ogcSyncJobs');
  });

  it('reads the opt-ins to fetch services and expose the correlation id', () => {
    expect(parseCliArgs(['--fetch-services', '--expose-correlation-id'])).toMatchObject({
      options: { fetchServices: true, exposeCorrelationId: true },
    });
    expect(parseCliArgs([])).not.toHaveProperty('options.fetchServices');
    expect(parseCliArgs([])).not.toHaveProperty('options.exposeCorrelationId');
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--job-duration', 'soon']],
    [['--body-limit', 'huge']],
    [['--log-level', 'loud']],
    [['stray']],
  ])('refuses %j', (args) => {
    expect(() => parseCliArgs(args)).toThrow();
  });

  it.each([
    [
      ['--port', '-1'],
      '--port expects a port number from 0 to 65535 (0 picks a free one), not "-1"',
    ],
    [['--port=-1'], '--port expects a port number from 0 to 65535 (0 picks a free one), not "-1"'],
    [['--prot', '9000'], 'unknown option --prot; did you mean --port?'],
    [['--log-levle=debug'], 'unknown option --log-levle; did you mean --log-level?'],
    [['--verison'], 'unknown option --verison; did you mean --version?'],
    [['--zebra'], 'unknown option --zebra'],
    [['--port'], '--port needs a value'],
    [['--host', '--no-auth'], '--host needs a value'],
    [['--no-auth=yes'], '--no-auth takes no value, not "yes"'],
    [['stray'], 'unexpected argument "stray"; every option starts with --'],
    [['--log-format', 'xml'], '--log-format expects pretty or json, not "xml"'],
    [['--latency', '-5s'], '--latency expects a duration like 3s or 500ms, not "-5s"'],
  ])('says in one line what is wrong with %j', (args, message) => {
    expect(() => parseCliArgs(args)).toThrow(new Error(message));
  });

  it('takes PORT when --port is not given, and names PORT when it is wrong', () => {
    expect(parseCliArgs([], { PORT: '9000' })).toMatchObject({ options: { port: 9000 } });
    expect(parseCliArgs(['--port', '9001'], { PORT: '9000' })).toMatchObject({
      options: { port: 9001 },
    });
    expect(parseCliArgs([], { PORT: '' })).toMatchObject({ options: { port: 8000 } });
    expect(() => parseCliArgs([], { PORT: 'http' })).toThrow(
      new Error('PORT expects a port number from 0 to 65535 (0 picks a free one), not "http"'),
    );
  });

  it('reads --log-format, and leaves the choice to the terminal without it', () => {
    expect(parseCliArgs(['--log-format', 'json'])).toMatchObject({ logFormat: 'json' });
    expect(parseCliArgs(['--log-format=pretty'])).toMatchObject({ logFormat: 'pretty' });
    expect(parseCliArgs([])).not.toHaveProperty('logFormat');
  });
});
