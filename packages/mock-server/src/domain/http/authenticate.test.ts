import { ErrorResponseSchema, ProcessingJobSummarySchema } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { fakeJwt, JSON_HEADERS, jobRequest, useTestServer } from '../../testing/testServer';

describe('authentication', () => {
  const server = useTestServer();

  it('answers a request without a token with FastAPI’s own 401', async () => {
    const response = await server.call('/jobs_status');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ detail: 'Not authenticated' });
  });

  it('treats another scheme than Bearer as no token', async () => {
    const response = await server.call('/jobs_status', {
      headers: { Authorization: 'Basic YWxpY2U6eA==' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: 'Not authenticated' });
  });

  it.each([
    ['an empty token', 'Bearer '],
    ['characters no token has', 'Bearer not a token'],
    ['a JWT whose payload is not JSON', 'Bearer aGVhZGVy.bm90IGpzb24.c2ln'],
    ['a JWT without sub', `Bearer ${fakeJwt({ name: 'alice' })}`],
  ])('answers %s with AUTHENTICATION_FAILED', async (_case, authorization) => {
    const response = await server.call('/jobs_status', {
      headers: { Authorization: authorization },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body).toMatchObject({
      error_code: 'AUTHENTICATION_FAILED',
      message: 'Could not validate credentials. Please retry signing in.',
      request_id: response.headers.get('x-correlation-id'),
    });
  });

  it('lets /health, /openapi.json and /docs through without a token', async () => {
    for (const path of ['/health', '/openapi.json', '/docs']) {
      expect((await server.call(path)).status).toBe(200);
    }
  });

  it('names the user by the JWT’s sub claim, whatever else the token says', async () => {
    const first = fakeJwt({ sub: 'user-42', iat: 1 });
    const second = fakeJwt({ sub: 'user-42', iat: 2 });
    const created = await server.call('/unit_jobs', {
      method: 'POST',
      headers: { Authorization: `Bearer ${first}`, ...JSON_HEADERS },
      body: JSON.stringify(jobRequest()),
    });
    const job = ProcessingJobSummarySchema.parse(await created.json());
    expect((await server.get(`/unit_jobs/${job.id}`, second)).status).toBe(200);
    expect((await server.get(`/unit_jobs/${job.id}`, fakeJwt({ sub: 'user-43' }))).status).toBe(
      404,
    );
  });

  it('hides a user’s jobs from everyone else', async () => {
    const job = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest(), 'alice')).json(),
    );
    for (const response of [
      await server.get(`/unit_jobs/${job.id}`, 'mallory'),
      await server.get(`/unit_jobs/${job.id}/results`, 'mallory'),
      await server.call(`/unit_jobs/${job.id}`, {
        method: 'DELETE',
        headers: { Authorization: 'Bearer mallory' },
      }),
    ]) {
      expect(response.status).toBe(404);
      expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
        error_code: 'JOB_NOT_FOUND',
        message: 'The requested job was not found.',
      });
    }
    const status = await (await server.get('/jobs_status', 'mallory')).json();
    expect(status.processing_jobs).toEqual([]);
    expect((await server.get(`/unit_jobs/${job.id}`, 'alice')).status).toBe(200);
  });
});

describe('with authentication off', () => {
  const server = useTestServer({ auth: false });

  it('serves everyone, with or without a token, as one user', async () => {
    const created = await server.call('/unit_jobs', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(jobRequest()),
    });
    expect(created.status).toBe(201);
    const job = ProcessingJobSummarySchema.parse(await created.json());
    expect((await server.call(`/unit_jobs/${job.id}`)).status).toBe(200);
    expect((await server.get(`/unit_jobs/${job.id}`, 'bob')).status).toBe(200);
  });
});
