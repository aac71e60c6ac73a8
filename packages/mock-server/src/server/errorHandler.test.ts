import { Writable } from 'node:stream';
import { ErrorResponseSchema } from '@apex-dispatch/contract';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { correlationId } from '../middleware/correlationId';
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
