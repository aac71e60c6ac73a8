import { ErrorResponseSchema } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../../testing/testServer';

describe('Prefer: code=NNN', () => {
  const server = useTestServer();

  it.each([
    ['POST', '/unit_jobs', 500, 'INTERNAL_ERROR'],
    ['POST', '/unit_jobs', 401, 'AUTHENTICATION_FAILED'],
    ['POST', '/unit_jobs', 422, 'VALIDATION_ERROR'],
    ['GET', '/unit_jobs/1', 404, 'JOB_NOT_FOUND'],
    ['GET', '/upscale_tasks/1', 404, 'TASK_NOT_FOUND'],
    ['GET', '/jobs_status', 422, 'VALIDATION_ERROR'],
    ['DELETE', '/unit_jobs/1', 500, 'INTERNAL_ERROR'],
  ])('%s %s answers %i %s', async (method, path, code, errorCode) => {
    const response = await server.call(path, {
      method,
      headers: { ...as('alice'), 'Content-Type': 'application/json', Prefer: `code=${code}` },
      ...(method === 'POST' ? { body: JSON.stringify(jobRequest()) } : {}),
    });
    expect(response.status).toBe(code);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body.error_code).toBe(errorCode);
    expect(body.request_id).toBe(response.headers.get('x-correlation-id'));
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a route’s own 500 with its failure message and details.error', async () => {
    const response = await server.post('/unit_jobs', jobRequest(), 'alice', { Prefer: 'code=500' });
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while creating processing job.',
      details: { error: expect.any(String) },
    });
  });

  it('answers not-found errors with details null and the service’s messages', async () => {
    const job = await server.get('/unit_jobs/1', 'alice', { Prefer: 'code=404' });
    expect(await job.json()).toMatchObject({
      message: 'The requested job was not found.',
      details: null,
    });
    const task = await server.get('/upscale_tasks/1', 'alice', { Prefer: 'code=404' });
    expect(await task.json()).toMatchObject({
      message: 'The requested task was not found.',
      details: null,
    });
  });

  it('answers POST /params failures with FastAPI’s detail body', async () => {
    const response = await server.post('/params', jobRequest(), 'alice', { Prefer: 'code=500' });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['detail']);
    expect(body.detail).toMatch(/^An error occurred while retrieving service parameters: /);
  });

  it('creates nothing when asked for an error', async () => {
    await server.post('/unit_jobs', jobRequest(), 'erin', { Prefer: 'code=500' });
    const status = await (await server.get('/jobs_status', 'erin')).json();
    expect(status.processing_jobs).toEqual([]);
  });

  it('answers /health as a database outage for code=503', async () => {
    const response = await server.call('/health', { headers: { Prefer: 'code=503' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: { status: 'error' } });
  });

  it('says so when the route documents no such code', async () => {
    const response = await server.post('/unit_jobs', jobRequest(), 'alice', { Prefer: 'code=404' });
    expect(response.status).toBe(400);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body.error_code).toBe('PREFER_CODE_NOT_DOCUMENTED');
    expect(body.details).toEqual({ documented_codes: [201, 401, 422, 500] });
  });

  it('answers as usual for a success code', async () => {
    const response = await server.post('/unit_jobs', jobRequest(), 'alice', { Prefer: 'code=201' });
    expect(response.status).toBe(201);
  });
});

describe('Prefer: error=<scenario>, the authentication failures the service can give', () => {
  const server = useTestServer();
  const stage = (path: string, scenario: string, body: unknown = jobRequest()) =>
    server.post(path, body, 'alice', { Prefer: `error=${scenario}` });

  it.each([
    [
      'not-linked',
      401,
      /^Please link your account with processes\.example\.test in your <a href='https:\/\/[^']+\/account'>Account Dashboard<\/a>$/,
    ],
    [
      'idp-unreachable',
      502,
      /^Could not authenticate with processes\.example\.test\. .*APEx User Forum<\/a>\.$/,
    ],
    ['exchange-not-configured', 500, /^Token exchange not configured on the server/],
    ['platform-unauthorized', 401, /^Authentication error when executing: /],
    ['platform-forbidden', 403, /^Authentication error when executing: /],
  ])(
    '%s answers %i AUTHENTICATION_FAILED without WWW-Authenticate',
    async (scenario, status, message) => {
      const response = await stage('/unit_jobs', scenario);
      expect(response.status).toBe(status);
      expect(response.headers.get('www-authenticate')).toBeNull();
      const body = ErrorResponseSchema.parse(await response.json());
      expect(body.error_code).toBe('AUTHENTICATION_FAILED');
      expect(body.message).toMatch(message);
      expect(body.request_id).toBe(response.headers.get('x-correlation-id'));
    },
  );

  it('words a platform’s refusal of results after the job', async () => {
    const response = await server.get('/unit_jobs/7/results', 'alice', {
      Prefer: 'error=platform-forbidden',
    });
    expect(response.status).toBe(403);
    expect((await response.json()).message).toMatch(
      /^Authentication error when fetching job results for job 7: /,
    );
  });

  it('wraps them in the 500 detail body of POST /params, as the service', async () => {
    const response = await stage('/params', 'not-linked');
    expect(response.status).toBe(500);
    expect((await response.json()).detail).toMatch(
      /^An error occurred while retrieving service parameters: AUTHENTICATION_FAILED: Please link/,
    );
  });

  it('leaves routes that reach no platform alone', async () => {
    const response = await server.get('/jobs_status', 'alice', { Prefer: 'error=not-linked' });
    expect(response.status).toBe(200);
  });

  it('checks the token and the body first', async () => {
    expect((await stage('/unit_jobs', 'not-linked', { title: 'x' })).status).toBe(422);
    const anonymous = await server.call('/unit_jobs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Prefer: 'error=not-linked' },
      body: JSON.stringify(jobRequest()),
    });
    expect(await anonymous.json()).toEqual({ detail: 'Not authenticated' });
  });
});
