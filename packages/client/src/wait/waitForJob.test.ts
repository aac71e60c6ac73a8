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

async function clientOfMock(jobDurationMs: number) {
  server = await startMockServer({ port: 0, jobDurationMs });
  return createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
}

/** Whether `seen` follows the lifecycle's order, each status once. */
const inLifecycleOrder = (seen: ProcessingStatusEnum[]) =>
  seen.every(
    (status, i) =>
      i === 0 || LIFECYCLE.indexOf(status) > LIFECYCLE.indexOf(seen[i - 1] ?? 'created'),
  );

describe('waitForJob', () => {
  it('polls until the job finishes, telling onStatus each change', async () => {
    // Long enough that the first poll finds the job still going, short enough for a test.
    const client = await clientOfMock(1_500);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const seen: ProcessingJob[] = [];

    const job = await client.waitForJob(id, { intervalMs: 20, onStatus: (j) => seen.push(j) });

    expect(job).toMatchObject({ id, status: 'finished' });
    const statuses = seen.map((j) => j.status);
    expect(statuses.at(-1)).toBe('finished');
    expect(statuses.length).toBeGreaterThan(1);
    expect(inLifecycleOrder(statuses)).toBe(true);
    expect(seen.at(-1)).toEqual(job);
  });

  it('resolves with a failed job, which is an end like any other', async () => {
    const client = await clientOfMock(100);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample, {
      headers: { Prefer: 'status=failed' },
    });

    const job = await client.waitForJob(id, { intervalMs: 20 });

    expect(job).toMatchObject({ id, status: 'failed' });
  });

  it('gives up with DispatchTimeoutError after timeoutMs', async () => {
    const client = await clientOfMock(3_600_000);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const seen: ProcessingStatusEnum[] = [];

    const waiting = client.waitForJob(id, {
      intervalMs: 20,
      timeoutMs: 200,
      onStatus: (j) => seen.push(j.status),
    });

    const error = await waiting.catch((e: unknown) => e);
    expect(isDispatchTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 200 });
    expect(seen).toEqual(['created']);
  });

  it('stops with DispatchAbortError when the signal aborts', async () => {
    const client = await clientOfMock(3_600_000);
    const { id } = await client.createUnitJob(ogcApiProcessJobRequestExample);
    const controller = new AbortController();

    const waiting = client.waitForJob(id, {
      intervalMs: 20,
      signal: controller.signal,
      onStatus: () => controller.abort('enough'),
    });

    const error = await waiting.catch((e: unknown) => e);
    expect(isDispatchAbortError(error)).toBe(true);
    expect(error).toMatchObject({ cause: 'enough' });
  });

  it('throws what getJob throws, such as a job that does not exist', async () => {
    const client = await clientOfMock(100);
    await expect(client.waitForJob(999_999, { intervalMs: 20 })).rejects.toMatchObject({
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
      intervalMs: 20,
      onStatus: (t) => seen.push(t),
    });

    expect(ended).toMatchObject({ id: task.id, status: 'finished' });
    expect(ended.jobs.map((job) => job.status)).toEqual(['finished', 'finished']);
    expect(seen.at(-1)).toEqual(ended);
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

    await expect(client.waitForUpscaleTask(task.id, { intervalMs: 20 })).resolves.toMatchObject({
      status: 'failed',
    });
  });
});
