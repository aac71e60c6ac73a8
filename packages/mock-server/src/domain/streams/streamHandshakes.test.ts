import { WSStatusMessageSchema } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

describe('stream handshakes', () => {
  const server = useTestServer({ wsIntervalScale: 0.01 });

  it('accepts a well-formed handshake (101)', async () => {
    expect(await server.handshakeStatus('/ws/jobs_status?token=alice')).toBe(101);
    expect(await server.handshakeStatus('/ws/upscale_tasks/1?token=alice&interval=3')).toBe(101);
  });

  it.each([
    ['no token', '/ws/jobs_status'],
    ['an empty token', '/ws/jobs_status?token='],
    ['no token, to a task', '/ws/upscale_tasks/1?interval=1'],
    ['an interval that is not an integer', '/ws/jobs_status?token=alice&interval=1.5'],
    ['an interval that is not a number', '/ws/jobs_status?token=alice&interval=soon'],
    ['an interval below 1', '/ws/jobs_status?token=alice&interval=0'],
    ['an unknown filter', '/ws/jobs_status?token=alice&filter=processing&filter=everything'],
    ['a task id that is not an integer', '/ws/upscale_tasks/first?token=alice'],
    ['an unknown path', '/ws/unit_jobs?token=alice'],
    ['a trailing slash', '/ws/jobs_status/?token=alice'],
    ['an HTTP route', '/jobs_status?token=alice'],
  ])('refuses %s with 403 at the handshake', async (_, path) => {
    expect(await server.handshakeStatus(path)).toBe(403);
  });

  it('keeps answering HTTP on the same port; a stream path is no HTTP route', async () => {
    expect((await server.get('/jobs_status')).status).toBe(200);
    const plain = await server.get('/ws/jobs_status?token=alice');
    expect(plain.status).toBe(404);
    expect(await plain.json()).toEqual({ detail: 'Not Found' });
  });

  it('serves the AsyncAPI document of the streams', async () => {
    const response = await server.call('/asyncapi.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = (await response.json()) as { asyncapi: string; channels: object };
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.channels)).toEqual(['jobsStatus', 'upscaleTask']);
  });
});

describe('streams without authentication', () => {
  const server = useTestServer({ auth: false, wsIntervalScale: 0.01 });

  it('accepts a handshake without a token, as the anonymous user who owns every job', async () => {
    const created = await server.post('/unit_jobs', jobRequest({ title: 'Anonymous job' }));
    expect(created.status).toBe(201);
    const stream = await server.openStream('/ws/jobs_status?interval=1');
    const messages = await stream.until((all) => all.length >= 3);
    stream.close();
    const status = WSStatusMessageSchema.parse(messages[2]);
    expect(status.data?.processing_jobs.map((job) => job.title)).toEqual(['Anonymous job']);
  });
});
