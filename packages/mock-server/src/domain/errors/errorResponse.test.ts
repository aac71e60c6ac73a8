import { Writable } from 'node:stream';
import { ErrorResponseSchema } from '@apex-dispatch/contract';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

describe('an unexpected error', () => {
  const logged: string[] = [];
  const server = useTestServer({
    logger: pino(
      { level: 'error' },
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    ),
  });

  it('is answered with a bare 500 envelope and logged instead', async () => {
    const response = await server.get('/health', 'alice', {
      Prefer: 'error=unexpected',
      'X-Correlation-ID': 'boom-1',
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(ErrorResponseSchema.parse(JSON.parse(text))).toEqual({
      status: 'error',
      error_code: 'INTERNAL_SERVER_ERROR',
      message: 'An unexpected error occurred.',
      details: null,
      request_id: 'boom-1',
    });
    expect(text).not.toContain('Prefer header');
    expect(logged.join('')).toContain('Unexpected failure asked for by the Prefer header.');
  });
});

describe('an uncaught failure of the mock server', () => {
  const server = useTestServer();

  it('answers INTERNAL_SERVER_ERROR without X-Correlation-ID or CORS headers, as the service', async () => {
    const response = await server.get('/jobs_status', 'alice', {
      Prefer: 'error=unexpected',
      Origin: 'https://app.example',
      'X-Correlation-ID': 'crash-1',
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-correlation-id')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      status: 'error',
      error_code: 'INTERNAL_SERVER_ERROR',
      message: 'An unexpected error occurred.',
      details: null,
      request_id: 'crash-1',
    });
  });
});

describe('JSON answers', () => {
  const server = useTestServer();

  it('say application/json without a charset, as the service’s', async () => {
    const answers = [
      await server.call('/health'),
      await server.post('/unit_jobs', jobRequest()),
      await server.get('/unit_jobs/999'),
      await server.get('/unit_jobs/abc'),
      await server.call('/jobs_status'),
    ];
    expect(answers.map((response) => response.status)).toEqual([200, 201, 404, 422, 401]);
    for (const response of answers) {
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });
});
