import { WSStatusMessageSchema } from '@apex-dispatch/contract';
import { describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../cli/parseCliArgs';
import { startMockServer } from '../startMockServer';
import { jobRequest, useTestServer } from '../testing/testServer';
import { handshakeStatus, openStream, type RecordedStream, wsUrl } from './streamTestClient';

describe('stream handshakes', () => {
  const server = useTestServer({ wsIntervalScale: 0.01 });
  const url = (path: string) => wsUrl(server.url, path);

  it('accepts a well-formed handshake (101)', async () => {
    expect(await handshakeStatus(url('/ws/jobs_status?token=alice'))).toBe(101);
    expect(await handshakeStatus(url('/ws/upscale_tasks/1?token=alice&interval=3'))).toBe(101);
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
    expect(await handshakeStatus(url(path))).toBe(403);
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
    const stream = await openStream(wsUrl(server.url, '/ws/jobs_status?interval=1'));
    const messages = await stream.until((all) => all.length >= 3);
    stream.socket.close();
    const status = WSStatusMessageSchema.parse(messages[2]);
    expect(status.data?.processing_jobs.map((job) => job.title)).toEqual(['Anonymous job']);
  });
});

describe('stream lifetimes', () => {
  it('closes every open stream with 1001 when the server closes', async () => {
    const server = await startMockServer({ wsIntervalScale: 0.01 });
    const streams = await Promise.all(
      ['/ws/jobs_status?token=a', '/ws/jobs_status?token=b&interval=1'].map((path) =>
        openStream(wsUrl(server.url, path)),
      ),
    );
    expect((await server.streamStats()).streams).toBe(2);
    await server.close();
    const closes = await Promise.all(streams.map((stream) => stream.closed));
    expect(closes.map(({ code }) => code)).toEqual([1001, 1001]);
    expect(await server.streamStats()).toEqual({ connections: 0, streams: 0, timers: 0 });
  });

  it('drops every stream without a close frame on demand, and takes new ones after', async () => {
    const server = await startMockServer({ wsIntervalScale: 0.01 });
    try {
      const url = wsUrl(server.url, '/ws/jobs_status?token=alice&interval=1');
      const stream = await openStream(url);
      await stream.until((messages) => messages.length >= 3);
      expect(server.dropStreams()).toBe(1);
      expect((await stream.closed).code).toBe(1006);
      const again = await openStream(url);
      await again.until((messages) => messages.length >= 3);
      again.socket.close();
      expect((await again.closed).code).toBe(1005);
    } finally {
      await server.close();
    }
  });

  it('leaks no socket and no timer when clients vanish mid-stream', async () => {
    const server = await startMockServer({ wsIntervalScale: 0.001 });
    const url = wsUrl(server.url, '/ws/jobs_status?token=alice&interval=1');
    try {
      const ROUNDS = 4;
      const PER_ROUND = 50;
      for (let round = 0; round < ROUNDS; round += 1) {
        const streams: RecordedStream[] = await Promise.all(
          Array.from({ length: PER_ROUND }, () => openStream(url)),
        );
        // Half vanish as soon as they are open, half after a few polls; none says goodbye.
        await Promise.all(
          streams.slice(PER_ROUND / 2).map((stream) => stream.until((all) => all.length >= 5)),
        );
        expect(await server.streamStats()).toMatchObject({ streams: PER_ROUND, timers: PER_ROUND });
        for (const stream of streams) stream.socket.terminate();
      }
      await vi.waitFor(
        async () =>
          expect(await server.streamStats()).toEqual({ connections: 0, streams: 0, timers: 0 }),
        { timeout: 10_000, interval: 20 },
      );
    } finally {
      await server.close();
    }
  });
});

describe('the --ws-interval-scale flag', () => {
  it('sets wsIntervalScale, and refuses anything but a positive number', () => {
    expect(parseCliArgs(['--ws-interval-scale', '0.01'])).toMatchObject({
      options: { wsIntervalScale: 0.01 },
    });
    expect(parseCliArgs([])).not.toHaveProperty('options.wsIntervalScale');
    for (const wrong of ['0', '-1', 'fast', '']) {
      expect(() => parseCliArgs(['--ws-interval-scale', wrong])).toThrow(/ws-interval-scale/);
    }
  });
});
