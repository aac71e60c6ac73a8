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
});
