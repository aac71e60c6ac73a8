import { Writable } from 'node:stream';
import { ErrorResponseSchema } from '@apex-dispatch/contract';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { correlationId } from '../middleware/correlationId';
import { jobRequest, useTestServer } from '../testing/testServer';
import { errorHandler } from './errorHandler';

describe('errorHandler', () => {
  it('answers an unexpected error with a bare 500 envelope and logs the error instead', async () => {
    const logged: string[] = [];
    const logger = pino(
      { level: 'error' },
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    );
    const app = express();
    app.use(correlationId);
    app.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    app.use(errorHandler(logger));

    const response = await request(app).get('/boom').set('X-Correlation-ID', 'boom-1');
    expect(response.status).toBe(500);
    expect(ErrorResponseSchema.parse(response.body)).toEqual({
      status: 'error',
      error_code: 'INTERNAL_SERVER_ERROR',
      message: 'An unexpected error occurred.',
      details: null,
      request_id: 'boom-1',
    });
    expect(response.text).not.toContain('hunter2');
    expect(response.text).not.toContain('errorHandler.test');
    expect(logged.join('')).toContain('hunter2');
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
