import {
  ErrorResponseSchema,
  JobsStatusResponseSchema,
  openEoJobRequestExample,
  ProcessingJobSchema,
  type ProcessingStatusEnum,
  UpscalingTaskSchema,
  UpscalingTaskSummarySchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

const START = Date.parse('2026-05-01T10:00:00Z');
// With jobs of 3 s, a task's jobs are submitted 100 ms apart; 3.5 s later all have ended.
const JOB_MS = 3000;
const ALL_DONE_MS = 3500;

describe('upscaling tasks', () => {
  const time = { now: START };
  const server = useTestServer({ jobDurationMs: JOB_MS, clock: () => time.now });
  const taskRequest = (overrides: Record<string, unknown> = {}) =>
    jobRequest({
      title: 'Yearly index',
      parameters: { collection: 'SENTINEL2_L2A', bbox: [12, 41, 13, 42] },
      dimension: { name: 'year', values: [2021, 2022, 2023] },
      ...overrides,
    });
  const createTask = async (prefer = '', body = taskRequest(), user = 'alice') => {
    const response = await server.post(
      '/upscale_tasks',
      body,
      user,
      prefer ? { Prefer: prefer } : {},
    );
    expect(response.status).toBe(201);
    return UpscalingTaskSummarySchema.parse(await response.json());
  };
  const readTask = async (id: number) =>
    UpscalingTaskSchema.parse(await (await server.get(`/upscale_tasks/${id}`)).json());
  const statusAfter = async (prefer: string, ms: number) => {
    const { id } = await createTask(prefer);
    time.now += ms;
    return readTask(id);
  };

  it('answers 201 at once; its jobs are created just after, one by one', async () => {
    const summary = await createTask();
    expect(summary).toMatchObject({
      title: 'Yearly index',
      label: 'ogc_api_process',
      status: 'created',
    });
    const seen = [];
    for (const step of [0, 100, 100, 100]) {
      time.now += step;
      seen.push((await readTask(summary.id)).jobs.length);
    }
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('titles job n "<title> - Processing Job <n>" and merges the dimension value in', async () => {
    const { id } = await createTask();
    time.now += 300;
    const task = await readTask(id);
    expect(task.service).toEqual({ ...(jobRequest().service as object) });
    expect(task.jobs.map((job) => job.title)).toEqual([
      'Yearly index - Processing Job 1',
      'Yearly index - Processing Job 2',
      'Yearly index - Processing Job 3',
    ]);
    expect(task.jobs.map((job) => job.parameters)).toEqual(
      [2021, 2022, 2023].map((year) => ({
        collection: 'SENTINEL2_L2A',
        bbox: [12, 41, 13, 42],
        year,
      })),
    );
    const job = ProcessingJobSchema.parse(
      await (await server.get(`/unit_jobs/${task.jobs[0]?.id}`)).json(),
    );
    expect(job.parameters.year).toBe(2021);
  });

  it('gives naive UTC timestamps; updated moves when its status does', async () => {
    time.now = Math.ceil(time.now / 1000) * 1000 + 1000; // a whole second
    const { id } = await createTask();
    const created = new Date(time.now).toISOString().slice(0, 19);
    time.now += 300;
    expect(await readTask(id)).toMatchObject({ status: 'created', created, updated: created });
    time.now += 1950; // every job running
    const running = await readTask(id);
    expect(running.status).toBe('running');
    expect(running.updated).toBe(`${new Date(time.now).toISOString().slice(0, 19)}.250000`);
  });

  // The service's table, row by row: each scenario makes chosen jobs end another way.
  it.each<[string, string, number, ProcessingStatusEnum]>([
    ['no jobs yet', '', 0, 'created'],
    ['jobs created or queued', '', 1200, 'created'],
    ['any job running', 'status=failed; jobs=1', 2300, 'running'],
    ['all failed', 'status=failed', ALL_DONE_MS, 'failed'],
    ['all canceled', 'status=canceled', ALL_DONE_MS, 'canceled'],
    ['all finished', '', ALL_DONE_MS, 'finished'],
    ['finished and failed', 'status=failed; jobs=2,3', ALL_DONE_MS, 'finished'],
    ['finished and canceled', 'status=canceled; jobs=2', ALL_DONE_MS, 'created'],
    ['unknown', 'status=unknown', ALL_DONE_MS, 'created'],
  ])('is %s → %s', async (_, prefer, ms, status) => {
    expect((await statusAfter(prefer, ms)).status).toBe(status);
  });

  it('is never queued', async () => {
    const { id } = await createTask();
    time.now += 1300; // every job queued
    const task = await readTask(id);
    expect(task.jobs.map((job) => job.status)).toEqual(['queued', 'queued', 'queued']);
    expect(task.status).toBe('created');
  });

  it('makes the chosen jobs end as asked, the others finish', async () => {
    const task = await statusAfter('status=canceled; jobs="1,3"', ALL_DONE_MS);
    expect(task.jobs.map((job) => job.status)).toEqual(['canceled', 'finished', 'canceled']);
  });

  it('freezes once final, even when jobs come later', async () => {
    // Job 1 of "https://ogc.test" is refused at once (failed): read then, the task is failed
    // for good, although its next jobs would be too.
    const service = { endpoint: 'https://ogc.test', application: '/processes/x' };
    const { id } = await createTask('', taskRequest({ service }));
    time.now += 100;
    const first = await readTask(id);
    expect(first.jobs.map((job) => job.status)).toEqual(['failed']);
    expect(first.status).toBe('failed');
    time.now += ALL_DONE_MS;
    expect((await readTask(id)).status).toBe('failed');
  });

  it('freezes a task once its jobs have all ended canceled, as any final task', async () => {
    const { id } = await createTask('status=canceled');
    time.now += ALL_DONE_MS;
    expect((await readTask(id)).status).toBe('canceled');
    // A task recorded canceled no longer follows its jobs, even one that goes on running.
    server.control.seed({
      tasks: [
        {
          id: 9001,
          user: 'alice',
          status: 'canceled',
          jobs: [{ status: 'running', progress: true }],
        },
      ],
    });
    time.now += JOB_MS;
    const frozen = await readTask(9001);
    expect(frozen.jobs.map((job) => job.status)).toEqual(['finished']);
    expect(frozen.status).toBe('canceled');
  });

  it('does not freeze a task whose jobs end finished and canceled: it reads created, not final', async () => {
    server.control.seed({
      tasks: [
        {
          id: 9002,
          user: 'alice',
          status: 'created',
          jobs: [{ status: 'canceled' }, { status: 'running', progress: true }],
        },
      ],
    });
    expect((await readTask(9002)).status).toBe('running');
    time.now += JOB_MS;
    const task = await readTask(9002);
    expect(task.jobs.map((job) => job.status)).toEqual(['canceled', 'finished']);
    expect(task.status).toBe('created');
  });

  it('lists the task’s status in /jobs_status as a read of the task would', async () => {
    const { id } = await createTask('', taskRequest(), 'frank');
    time.now += 2300;
    const status = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status', 'frank')).json(),
    );
    expect(status.upscaling_tasks).toEqual([
      { id, title: 'Yearly index', label: 'ogc_api_process', status: 'running' },
    ]);
    expect(status.processing_jobs).toEqual([]);
  });

  it('stores a job the platform refuses as failed, with no results to ask for', async () => {
    const service = { ...openEoJobRequestExample.service, endpoint: 'https://openeo.other.test' };
    const { id } = await createTask('', {
      ...openEoJobRequestExample,
      service,
      dimension: { name: 'year', values: [1, 2] },
    });
    time.now += ALL_DONE_MS;
    const task = await readTask(id);
    expect(task.jobs.map((job) => job.status)).toEqual(['failed', 'failed']);
    expect(task.status).toBe('failed');
    const results = await server.get(`/unit_jobs/${task.jobs[0]?.id}/results`);
    expect(results.status).toBe(404);
    expect(ErrorResponseSchema.parse(await results.json())).toMatchObject({
      error_code: 'JOB_NOT_FOUND',
      details: null,
    });
  });

  it('refuses a title longer than 255 characters with the route’s 500', async () => {
    const response = await server.post('/upscale_tasks', taskRequest({ title: 'x'.repeat(256) }));
    expect(response.status).toBe(500);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while retrieving processing job results.',
      details: { error: expect.stringContaining('character varying(255)') },
    });
  });

  it('stops creating jobs at the first whose title does not fit, as the service’s background task', async () => {
    // 236 + " - Processing Job 9".length = 255 fits; job 10's title is one character too long.
    const values = Array.from({ length: 11 }, (_, i) => i);
    const { id } = await createTask(
      '',
      taskRequest({ title: 't'.repeat(236), dimension: { name: 'n', values } }),
    );
    time.now += 5000; // the ninth job is submitted after 900 ms
    const task = await readTask(id);
    expect(task.jobs).toHaveLength(9);
    expect(task.status).toBe('finished');
  });

  it('hides a task from other users', async () => {
    const { id } = await createTask();
    const response = await server.get(`/upscale_tasks/${id}`, 'mallory');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'TASK_NOT_FOUND',
      message: 'The requested task was not found.',
      details: null,
    });
  });

  it('needs a dimension with at least one value', async () => {
    const response = await server.post(
      '/upscale_tasks',
      taskRequest({ dimension: { name: 'year', values: [] } }),
    );
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
