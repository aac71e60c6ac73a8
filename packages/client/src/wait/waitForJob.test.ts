import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDispatchClient,
  isDispatchAbortError,
  isDispatchTimeoutError,
  type ProcessingJob,
  type ProcessingStatusEnum,
  type UpscalingTask,
} from '../index';

const LIFECYCLE: ProcessingStatusEnum[] = ['created', 'queued', 'running', 'finished'];

let server: MockServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A client of a mock whose clock moves `stepMs` at each request the client makes, so a job
 * goes through its lifecycle in a few polls without the test waiting for it.
 */
async function clientOfMock(jobDurationMs: number, stepMs = jobDurationMs / 5) {
  let now = Date.parse('2026-05-01T10:00:00Z');
  server = await startMockServer({ port: 0, jobDurationMs, clock: () => now });
  const requests: string[] = [];
  const client = createDispatchClient({
    baseUrl: server.url,
    token: 'TOKEN',
    fetch: (url, init) => {
      now += stepMs;
      requests.push(`${init.method} ${new URL(url).pathname}`);
      return fetch(url, init);
    },
  });
  return Object.assign(client, { requests });
}

/** Whether `seen` follows the lifecycle's order, each status once. */
const inLifecycleOrder = (seen: ProcessingStatusEnum[]) =>
  seen.every(
    (status, i) =>
      i === 0 || LIFECYCLE.indexOf(status) > LIFECYCLE.indexOf(seen[i - 1] ?? 'created'),
  );

describe('waitForJob', () => {
  it('polls until the job finishes, telling onStatus each change', async () => {
    // Each poll moves the mock's clock by 40% of the job's duration: a third is one status.
    const client = await clientOfMock(3_000, 1_200);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const seen: ProcessingJob[] = [];

    const job = await client.waitForJob(id, { intervalMs: 1, onStatus: (j) => seen.push(j) });

    expect(job).toMatchObject({ id, status: 'finished' });
    const statuses = seen.map((j) => j.status);
    expect(statuses).toEqual(['queued', 'running', 'finished']);
    expect(inLifecycleOrder(statuses)).toBe(true);
    expect(seen.at(-1)).toEqual(job);
  });

  it('resolves with a failed job, which is an end like any other', async () => {
    const client = await clientOfMock(100);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample, {
      headers: { Prefer: 'status=failed' },
    });

    const job = await client.waitForJob(id, { intervalMs: 1 });

    expect(job).toMatchObject({ id, status: 'failed' });
  });

  it('keeps polling a job whose status is `unknown`: the next poll may know', async () => {
    const client = await clientOfMock(100);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample, {
      headers: { Prefer: 'status=unknown' },
    });
    const controller = new AbortController();
    const seen: ProcessingStatusEnum[] = [];

    const error = await client
      .waitForJob(id, {
        intervalMs: 1,
        signal: controller.signal,
        onStatus: (j) => {
          seen.push(j.status);
          if (j.status === 'unknown') {
            // Polls go on: stop after a few more.
            const polls = client.requests.length;
            const check = setInterval(() => {
              if (client.requests.length >= polls + 3) {
                clearInterval(check);
                controller.abort('seen enough');
              }
            }, 1);
          }
        },
      })
      .catch((e: unknown) => e);

    expect(isDispatchAbortError(error)).toBe(true);
    expect(seen.at(-1)).toBe('unknown');
  });

  it('gives up with DispatchTimeoutError after timeoutMs', async () => {
    const client = await clientOfMock(3_600_000, 0);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const seen: ProcessingStatusEnum[] = [];

    const waiting = client.waitForJob(id, {
      intervalMs: 1,
      timeoutMs: 200,
      onStatus: (j) => seen.push(j.status),
    });

    const error = await waiting.catch((e: unknown) => e);
    expect(isDispatchTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      timeoutMs: 200,
      message: `waitForJob: job ${id} has not ended after 200 ms (last status created)`,
    });
    expect(seen).toEqual(['created']);
  });

  it('stops with DispatchAbortError when the signal aborts', async () => {
    const client = await clientOfMock(3_600_000, 0);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const controller = new AbortController();

    const waiting = client.waitForJob(id, {
      intervalMs: 1,
      signal: controller.signal,
      onStatus: () => controller.abort('enough'),
    });

    const error = await waiting.catch((e: unknown) => e);
    expect(isDispatchAbortError(error)).toBe(true);
    expect(error).toMatchObject({ cause: 'enough' });
  });

  it('throws what getJob throws, such as a job that does not exist', async () => {
    const client = await clientOfMock(100);
    await expect(client.waitForJob(999_999, { intervalMs: 1 })).rejects.toMatchObject({
      status: 404,
      errorCode: 'JOB_NOT_FOUND',
    });
  });
});

describe('waitForUpscaleTask', () => {
  it('polls until every job of the task has ended', async () => {
    const client = await clientOfMock(300);
    const task = await client.createUpscaleTask({
      ...ogcApiProcessJobRequestExample,
      dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] },
    });
    const seen: UpscalingTask[] = [];

    const ended = await client.waitForUpscaleTask(task.id, {
      intervalMs: 1,
      onStatus: (t) => seen.push(t),
    });

    expect(ended).toMatchObject({ id: task.id, status: 'finished' });
    expect(ended.jobs.map((job) => job.status)).toEqual(['finished', 'finished']);
    expect(seen.at(-1)).toEqual(ended);
  });

  it('resolves with a task whose jobs were canceled', async () => {
    const client = await clientOfMock(100);
    const task = await client.createUpscaleTask(
      {
        ...ogcApiProcessJobRequestExample,
        dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] },
      },
      { headers: { Prefer: 'status=canceled' } },
    );

    await expect(client.waitForUpscaleTask(task.id, { intervalMs: 1 })).resolves.toMatchObject({
      status: 'canceled',
    });
  });

  it('resolves with a failed task', async () => {
    const client = await clientOfMock(100);
    const task = await client.createUpscaleTask(
      {
        ...ogcApiProcessJobRequestExample,
        dimension: { name: 'collection', values: ['SENTINEL2_L2A'] },
      },
      { headers: { Prefer: 'status=failed' } },
    );

    await expect(client.waitForUpscaleTask(task.id, { intervalMs: 1 })).resolves.toMatchObject({
      status: 'failed',
    });
  });
});
