import { ErrorResponseSchema } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../testing/testServer';

describe('Prefer: code=NNN', () => {
  const server = useTestServer();

  it.each([
    ['POST', '/unit_jobs', 500, 'INTERNAL_ERROR'],
    ['POST', '/unit_jobs', 401, 'AUTHENTICATION_FAILED'],
    ['POST', '/unit_jobs', 422, 'VALIDATION_ERROR'],
    ['GET', '/unit_jobs/1', 404, 'JOB_NOT_FOUND'],
    ['GET', '/upscale_tasks/1', 404, 'TASK_NOT_FOUND'],
    ['POST', '/params', 404, 'SERVICE_NOT_FOUND'],
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
