import {
  ErrorResponseSchema,
  ProcessingJobSchema,
  UpscalingTaskSchema,
  UpscalingTaskSummarySchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../testing/testServer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('upscaling tasks', () => {
  const server = useTestServer({ jobDurationMs: 150 });
  const taskRequest = jobRequest({
    title: 'Yearly index',
    parameters: { collection: 'SENTINEL2_L2A', bbox: [12, 41, 13, 42] },
    dimension: { name: 'year', values: [2021, 2022, 2023] },
  });

  it('runs one job per dimension value and reports them together', async () => {
    const created = await server.post('/upscale_tasks', taskRequest);
    expect(created.status).toBe(201);
    const summary = UpscalingTaskSummarySchema.parse(await created.json());
    expect(summary).toMatchObject({ id: 1, title: 'Yearly index', status: 'created' });

    const task = UpscalingTaskSchema.parse(
      await (await server.get(`/upscale_tasks/${summary.id}`)).json(),
    );
    expect(task.jobs).toHaveLength(3);
    expect(task.jobs.map((job) => job.parameters.year)).toEqual([2021, 2022, 2023]);
    expect(task.jobs.every((job) => job.parameters.collection === 'SENTINEL2_L2A')).toBe(true);

    const job = ProcessingJobSchema.parse(
      await (await server.get(`/unit_jobs/${task.jobs[0]?.id}`)).json(),
    );
    expect(job.parameters.year).toBe(2021);

    await sleep(200);
    const done = UpscalingTaskSchema.parse(
      await (await server.get(`/upscale_tasks/${summary.id}`)).json(),
    );
    expect(done.status).toBe('finished');
    expect(done.jobs.every((j) => j.status === 'finished')).toBe(true);
  });

  it('hides a task from other users', async () => {
    const summary = UpscalingTaskSummarySchema.parse(
      await (await server.post('/upscale_tasks', taskRequest)).json(),
    );
    const response = await server.get(`/upscale_tasks/${summary.id}`, 'mallory');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe('TASK_NOT_FOUND');
  });

  it('fails as a whole when its jobs fail', async () => {
    const created = await server.post('/upscale_tasks', taskRequest, 'alice', {
      Prefer: 'status=failed',
    });
    const summary = UpscalingTaskSummarySchema.parse(await created.json());
    await sleep(200);
    const task = UpscalingTaskSchema.parse(
      await (await server.get(`/upscale_tasks/${summary.id}`)).json(),
    );
    expect(task.status).toBe('failed');
  });

  it('needs a dimension with at least one value', async () => {
    const response = await server.post('/upscale_tasks', {
      ...taskRequest,
      dimension: { name: 'year', values: [] },
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.details.errors).toEqual([
      {
        type: 'too_short',
        loc: ['body', 'dimension', 'values'],
        msg: 'List should have at least 1 item after validation, not 0',
        input: [],
      },
    ]);
  });
});
