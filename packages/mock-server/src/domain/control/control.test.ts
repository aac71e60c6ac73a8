import {
  ErrorResponseSchema,
  JobsStatusResponseSchema,
  ProcessingJobSchema,
  ProcessingJobSummarySchema,
  type ProcessingStatusEnum,
  UpscalingTaskSchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

const EVERY_STATUS: ProcessingStatusEnum[] = [
  'created',
  'queued',
  'running',
  'finished',
  'failed',
  'canceled',
  'unknown',
];

describe('control.seed', () => {
  const server = useTestServer({ jobDurationMs: 3000 });

  it('stores jobs in every status, for the given users, with the given times', async () => {
    server.control.reset();
    server.control.seed({
      jobs: EVERY_STATUS.map((status) => ({
        user: 'alice',
        title: `A ${status} job`,
        status,
        created: '2025-03-01T08:00:00',
        updated: '2025-03-01T09:30:00',
      })),
    });
    server.control.seed({ jobs: [{ user: 'bob', status: 'failed' }] });
    const listed = JobsStatusResponseSchema.parse(await (await server.get('/jobs_status')).json());
    expect(listed.processing_jobs.map((job) => [job.id, job.status])).toEqual(
      EVERY_STATUS.map((status, i) => [i + 1, status]),
    );
    const failed = ProcessingJobSchema.parse(await (await server.get('/unit_jobs/5')).json());
    expect(failed).toMatchObject({
      title: 'A failed job',
      created: '2025-03-01T08:00:00',
      updated: '2025-03-01T09:30:00',
    });
    expect((await server.get('/unit_jobs/8')).status).toBe(404);
    expect((await server.get('/unit_jobs/8', 'bob')).status).toBe(200);
  });

  it('lets a job seeded under way go on with the clock when asked; one that is done stays so', async () => {
    server.control.reset();
    server.control.seed({
      jobs: [
        { id: 1, user: 'alice', status: 'running', progress: true },
        { id: 2, user: 'alice', status: 'canceled' },
      ],
    });
    server.control.clock.advance(1000);
    const statuses = async () =>
      JobsStatusResponseSchema.parse(
        await (await server.get('/jobs_status')).json(),
      ).processing_jobs.map((job) => job.status);
    expect(await statuses()).toEqual(['finished', 'canceled']);
  });

  it('seeds a task with its jobs, which the task’s status follows', async () => {
    server.control.reset();
    server.control.seed({
      tasks: [
        {
          id: 4,
          user: 'alice',
          title: 'Seeded task',
          status: 'running',
          jobs: [{ status: 'finished' }, { status: 'failed' }],
        },
      ],
    });
    const task = UpscalingTaskSchema.parse(await (await server.get('/upscale_tasks/4')).json());
    expect(task.title).toBe('Seeded task');
    expect(task.jobs.map((job) => job.status)).toEqual(['finished', 'failed']);
    expect(task.status).not.toBe('running');
    const created = await server.post('/unit_jobs', jobRequest());
    expect(ProcessingJobSummarySchema.parse(await created.json()).id).toBe(3);
  });

  it('refuses a bad seed with an error naming the field, and stores nothing of it', async () => {
    server.control.reset();
    expect(() =>
      server.control.seed({
        jobs: [{ user: 'alice' }, { user: 'alice', status: 'done' as ProcessingStatusEnum }],
      }),
    ).toThrow(/jobs\[1\]\.status/);
    expect(() => server.control.seed({ jobs: [{ status: 'finished' }] })).toThrow(
      /jobs\[0\]\.user: required/,
    );
    expect(() =>
      server.control.seed({
        jobs: [
          { id: 3, user: 'a' },
          { id: 3, user: 'b' },
        ],
      }),
    ).toThrow(/jobs\[1\]\.id: a job with id 3 already exists/);
    const listed = JobsStatusResponseSchema.parse(await (await server.get('/jobs_status')).json());
    expect(listed.processing_jobs).toEqual([]);
  });
});

describe('control.answerNext', () => {
  const server = useTestServer({ jobDurationMs: 0 });

  it('answers the next request of an operation with its documented error, once', async () => {
    server.control.answerNext('createUnitJob', { status: 500 });
    const failed = await server.post('/unit_jobs', jobRequest());
    expect(failed.status).toBe(500);
    expect(ErrorResponseSchema.parse(await failed.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while creating processing job.',
    });
    expect((await server.post('/unit_jobs', jobRequest())).status).toBe(201);
  });

  it('answers exactly what it is given, as many times as asked', async () => {
    server.control.answerNext('health', { status: 503, body: { status: 'down' } }, 2);
    for (let i = 0; i < 2; i++) {
      const response = await server.call('/health');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'down' });
    }
    expect((await server.call('/health')).status).toBe(200);
  });

  it('stages a token exchange failure, and the outcome of the jobs a request creates', async () => {
    server.control.answerNext('createUnitJob', { error: 'not-linked' });
    const refused = await server.post('/unit_jobs', jobRequest());
    expect(refused.status).toBe(401);
    expect(ErrorResponseSchema.parse(await refused.json()).message).toMatch(/link your account/);
    server.control.answerNext('createUnitJob', { jobStatus: 'failed' });
    const created = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest())).json(),
    );
    expect(created.status).toBe('failed');
  });

  it('refuses an unknown operation or an undocumented status at once', () => {
    expect(() =>
      server.control.answerNext('createJob' as 'createUnitJob', { status: 500 }),
    ).toThrow(/no operation 'createJob'/);
    expect(() => server.control.answerNext('health', { status: 418 })).toThrow(/documents no 418/);
  });
});

describe('control.requests, reset and clock', () => {
  const server = useTestServer({ jobDurationMs: 3000 });

  it('lists the requests received with their user and body', async () => {
    server.control.reset();
    await server.post('/unit_jobs', jobRequest({ title: 'Logged' }), 'lena');
    await server.call('/health');
    expect(server.control.requests()).toEqual([
      {
        method: 'POST',
        path: '/unit_jobs',
        operation: 'createUnitJob',
        user: 'lena',
        body: jobRequest({ title: 'Logged' }),
        status: 201,
      },
      { method: 'GET', path: '/health', operation: 'health', status: 200 },
    ]);
  });

  it('forgets everything on reset: jobs, requests, ids', async () => {
    await server.post('/unit_jobs', jobRequest());
    server.control.reset();
    expect(server.control.requests()).toEqual([]);
    const created = await server.post('/unit_jobs', jobRequest());
    expect(ProcessingJobSummarySchema.parse(await created.json()).id).toBe(1);
  });

  it('moves jobs along the clock without waiting', async () => {
    server.control.reset();
    server.control.clock.set(Date.UTC(2030, 0, 1));
    expect(server.control.clock.now()).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1));
    const created = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest())).json(),
    );
    expect(created.status).toBe('created');
    server.control.clock.advance(3000);
    const job = ProcessingJobSchema.parse(
      await (await server.get(`/unit_jobs/${created.id}`)).json(),
    );
    expect(job.status).toBe('finished');
    expect(job.created.startsWith('2030-01-01T00:00:0')).toBe(true);
  });
});
