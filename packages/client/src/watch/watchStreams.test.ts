import { ogcApiProcessJobRequestExample, wsShutdownClose } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createDispatchClient,
  type DispatchClientOptions,
  isDispatchStreamError,
  JobsStatusResponseSchema,
  type ProcessingStatusEnum,
  type UpscalingTask,
  UpscalingTaskSchema,
} from '../index';

let server: MockServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A mock whose jobs take `jobDurationMs` and whose streams send a status every 20 ms. */
async function startMock(jobDurationMs: number) {
  server = await startMockServer({ port: 0, jobDurationMs, wsIntervalScale: 0.02 });
  return server;
}

const clientOf = (mock: MockServer, options: Partial<DispatchClientOptions> = {}) =>
  createDispatchClient({ baseUrl: mock.url, token: 'TOKEN', WebSocket, ...options });

const ENDED: ProcessingStatusEnum[] = ['finished', 'failed', 'canceled'];

/** Runs `iterate` to its end and returns what it threw. */
const failureOf = (iterate: () => Promise<void>) =>
  iterate().then(
    () => undefined,
    (error: unknown) => error,
  );

const openStreams = async (mock: MockServer) => (await mock.streamStats()).streams;

describe('watchJobsStatus against the mock', () => {
  it('yields statuses that match the contract, and sees a job change until it ends', async () => {
    const mock = await startMock(600);
    const client = clientOf(mock);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const seen: ProcessingStatusEnum[] = [];

    for await (const status of client.watchJobsStatus({ interval: 1, filter: ['processing'] })) {
      expect(JobsStatusResponseSchema.parse(status)).toEqual(status);
      expect(status.upscaling_tasks).toEqual([]);
      const job = status.processing_jobs.find((j) => j.id === id);
      if (!job) throw new Error(`job ${id} is not in the stream`);
      if (seen.at(-1) !== job.status) seen.push(job.status);
      if (ENDED.includes(job.status)) break;
    }

    expect(seen.at(-1)).toBe('finished');
    expect(seen.length).toBeGreaterThan(1);
    await expect.poll(() => openStreams(mock)).toBe(0);
  });

  it('refuses a handshake without a token: DispatchStreamError, never opened', async () => {
    const mock = await startMock(600);
    const client = clientOf(mock, { token: undefined });

    const error = await failureOf(async () => {
      for await (const _ of client.watchJobsStatus({ reconnect: true }));
    });

    expect(isDispatchStreamError(error)).toBe(true);
    expect(error).toMatchObject({ code: 1006, opened: false, path: '/ws/jobs_status' });
    expect(String(error)).toMatch(/handshake failed: refused \(no token, or a bad query\)/);
    expect(String(error)).not.toMatch(/token=/);
  });

  it('asks the token function again at each connection', async () => {
    const mock = await startMock(600);
    const tokens: string[] = [];
    const client = clientOf(mock, {
      token: () => {
        tokens.push('TOKEN');
        return 'TOKEN';
      },
    });
    for (let i = 0; i < 2; i++) {
      for await (const _ of client.watchJobsStatus({ interval: 1 })) break;
    }
    expect(tokens).toHaveLength(2);
  });

  it('closes the socket when the signal aborts, and ends the loop quietly', async () => {
    const mock = await startMock(600);
    const client = clientOf(mock);
    const controller = new AbortController();
    let statuses = 0;

    for await (const _ of client.watchJobsStatus({ interval: 1, signal: controller.signal })) {
      statuses++;
      expect(await openStreams(mock)).toBe(1);
      if (statuses === 2) controller.abort();
    }

    expect(statuses).toBe(2);
    await expect.poll(() => openStreams(mock)).toBe(0);
  });

  it('closes the socket when the signal aborts while waiting for the next status', async () => {
    const mock = await startMock(600);
    const client = clientOf(mock);
    const controller = new AbortController();
    // An interval of an hour (scaled: 72 s): after the first status, nothing comes for long.
    const statuses = client.watchJobsStatus({ interval: 3_600, signal: controller.signal });
    let received = 0;
    const iterating = (async () => {
      for await (const _ of statuses) received++;
    })();

    await expect.poll(() => received).toBe(1);
    controller.abort();
    await iterating;
    expect(received).toBe(1);
    await expect.poll(() => openStreams(mock)).toBe(0);
  });

  it('ends with DispatchStreamError 1012 (uvicorn’s) when the server shuts down', async () => {
    const mock = await startMock(600);
    const client = clientOf(mock);
    const error = await failureOf(async () => {
      for await (const _ of client.watchJobsStatus({ interval: 1 })) void mock.close();
    });
    expect(error).toMatchObject({
      name: 'DispatchStreamError',
      code: wsShutdownClose.code,
      opened: true,
    });
  });
});

describe('watchUpscaleTask against the mock', () => {
  it('yields the whole task, its jobs included, matching the contract', async () => {
    const mock = await startMock(300);
    const client = clientOf(mock);
    const created = await client.createUpscaleTask({
      ...ogcApiProcessJobRequestExample,
      dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] },
    });
    const seen: UpscalingTask[] = [];

    for await (const task of client.watchUpscaleTask(created.id, { interval: 1 })) {
      expect(UpscalingTaskSchema.parse(task)).toEqual(task);
      expect(task.id).toBe(created.id);
      // The service's naive UTC timestamps come out marked as UTC, as from getUpscaleTask.
      expect(task.created).toMatch(/(Z|[+-]\d\d:\d\d)$/);
      seen.push(task);
      if (ENDED.includes(task.status)) break;
    }

    const last = seen.at(-1);
    expect(last?.status).toBe('finished');
    expect(last?.jobs.map((job) => job.status)).toEqual(['finished', 'finished']);
    await expect.poll(() => openStreams(mock)).toBe(0);
  });

  it('throws DispatchStreamError 1011 TASK_NOT_FOUND for a missing task', async () => {
    const mock = await startMock(300);
    const client = clientOf(mock);

    const error = await failureOf(async () => {
      for await (const _ of client.watchUpscaleTask(424_242, { reconnect: true }));
    });

    expect(isDispatchStreamError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 1011,
      reason: 'TASK_NOT_FOUND',
      opened: true,
      path: '/ws/upscale_tasks/424242',
    });
    expect(isDispatchStreamError(error) && error.serverMessage).toMatch(/not found/i);
  });

  it("throws TASK_NOT_FOUND for another user's task", async () => {
    const mock = await startMock(300);
    const owner = clientOf(mock, { token: 'alice' });
    const task = await owner.createUpscaleTask({
      ...ogcApiProcessJobRequestExample,
      dimension: { name: 'collection', values: ['SENTINEL2_L2A'] },
    });

    const error = await failureOf(async () => {
      for await (const _ of clientOf(mock, { token: 'bob' }).watchUpscaleTask(task.id));
    });

    expect(error).toMatchObject({ code: 1011, reason: 'TASK_NOT_FOUND' });
  });
});
