import { wsShutdownClose } from '@apex-dispatch/contract';
import { describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../cli/parseCliArgs';
import { startMockServer } from '../http/startMockServer';
import { openStream, type SocketStream, wsUrl } from '../testing/streamTestClient';

describe('stream lifetimes', () => {
  it('closes every open stream as uvicorn does when the server closes: 1012, no reason', async () => {
    const server = await startMockServer({ wsIntervalScale: 0.01 });
    const streams = await Promise.all(
      ['/ws/jobs_status?token=a', '/ws/jobs_status?token=b&interval=1'].map((path) =>
        openStream(wsUrl(server.url, path)),
      ),
    );
    expect((await server.streamStats()).streams).toBe(2);
    await server.close();
    const closes = await Promise.all(streams.map((stream) => stream.closed));
    expect(closes).toEqual([wsShutdownClose, wsShutdownClose]);
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
      again.close();
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
        const streams: SocketStream[] = await Promise.all(
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
