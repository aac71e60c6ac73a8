import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../../testing/testServer';

describe('routing as FastAPI does it', () => {
  const server = useTestServer();

  it('answers an unknown path with FastAPI’s 404 body, not the envelope', async () => {
    const response = await server.get('/nowhere', 'alice', { 'X-Correlation-ID': 'lost-1' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-correlation-id')).toBe('lost-1');
    expect(await response.json()).toEqual({ detail: 'Not Found' });
  });

  it('answers an unknown path with 404 even when its body is malformed', async () => {
    const response = await server.call('/nowhere', {
      method: 'POST',
      headers: { ...as('alice'), 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not Found' });
  });

  it('answers a known path asked with another method with 405, before asking for a token', async () => {
    const response = await server.call('/unit_jobs');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({ detail: 'Method Not Allowed' });
    const put = await server.call('/unit_jobs/1', { method: 'PUT', headers: as('alice') });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
    expect(await put.json()).toEqual({ detail: 'Method Not Allowed' });
  });

  it('answers HEAD with 405, as FastAPI routes do not serve it', async () => {
    const response = await server.call('/jobs_status', { method: 'HEAD', headers: as('alice') });
    expect(response.status).toBe(405);
  });

  it('redirects a trailing slash to the path without it with 307, query kept', async () => {
    const post = await server.call('/unit_jobs/', {
      method: 'POST',
      headers: { ...as('alice'), 'Content-Type': 'application/json' },
      body: JSON.stringify(jobRequest()),
      redirect: 'manual',
    });
    expect(post.status).toBe(307);
    expect(post.headers.get('location')).toBe(`${server.url}/unit_jobs`);
    expect(await post.text()).toBe('');
    const get = await server.call('/jobs_status/?filter=processing', {
      headers: as('alice'),
      redirect: 'manual',
    });
    expect(get.status).toBe(307);
    expect(get.headers.get('location')).toBe(`${server.url}/jobs_status?filter=processing`);
    const wrongMethod = await server.call('/unit_jobs/', { redirect: 'manual' });
    expect(wrongMethod.status).toBe(307);
  });

  it('answers an unknown result file like any unknown path', async () => {
    const response = await server.call('/assets/no-such-key/openEO.tif');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Not Found' });
  });

  it('does not redirect a trailing slash where no route lives', async () => {
    const response = await server.call('/nowhere/', { redirect: 'manual' });
    expect(response.status).toBe(404);
  });

  it('answers a path id that is no integer with the route’s 422, not a 404', async () => {
    const response = await server.get('/unit_jobs/abc');
    expect(response.status).toBe(422);
  });

  it.each([
    ['%E0', '\uFFFD'],
    ['%', '%'],
    ['%zz%C3%A9', '%zzé'],
  ])(
    'reads a path that is no valid escape (/unit_jobs/%s) as Starlette does: 422',
    async (id, input) => {
      const response = await server.get(`/unit_jobs/${id}`);
      expect(response.status).toBe(422);
      expect((await response.json()).details.errors[0]).toMatchObject({
        type: 'int_parsing',
        loc: ['path', 'job_id'],
        input,
      });
    },
  );
});
