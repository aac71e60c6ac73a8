import {
  dispatchContract,
  ErrorResponseSchema,
  metadataOf,
  ProcessingJobSchema,
  UpscalingTaskSummarySchema,
  WSStatusMessageSchema,
  WSTaskStatusMessageSchema,
  wsCloseCodes,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { fakeJwt, jobRequest, useTestServer } from '../../testing/testServer';

// Polls every 10 ms for `interval=1`.
const server = useTestServer({ wsIntervalScale: 0.01 });

describe('a token read at every poll', () => {
  it('ends a stream whose JWT expires while it is open: error, then 1011 AUTHENTICATION_FAILED', async () => {
    const exp = Math.floor(server.control.clock.now() / 1000) + 60;
    const stream = await server.openStream(
      `/ws/jobs_status?token=${fakeJwt({ sub: 'hana', exp })}&interval=1`,
    );
    await stream.until((messages) => messages.length >= 3);
    server.control.clock.advance(61_000);
    expect(await stream.closed).toEqual(wsCloseCodes.AUTHENTICATION_FAILED);
    const last = WSStatusMessageSchema.parse(stream.messages.at(-1));
    expect(last).toEqual({
      type: 'error',
      data: null,
      message: 'Could not validate credentials. Please retry signing in.',
    });
  });

  it('refuses an expired JWT over HTTP as the service does (401 AUTHENTICATION_FAILED)', async () => {
    const exp = Math.floor(server.control.clock.now() / 1000) - 1;
    const response = await server.get('/jobs_status', fakeJwt({ sub: 'hana', exp }));
    expect(response.status).toBe(401);
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe(
      'AUTHENTICATION_FAILED',
    );
  });
});

describe('stream parameters, parsed as pydantic parses an int', () => {
  it.each(['1_0', '+1', '%201%20'])('accepts the task id and interval %s', async (value) => {
    expect(await server.handshakeStatus(`/ws/upscale_tasks/${value}?token=a`)).toBe(101);
    expect(await server.handshakeStatus(`/ws/jobs_status?token=a&interval=${value}`)).toBe(101);
  });

  it.each(['0x10', '1e1', '1.5'])(
    'refuses the task id and interval %s at the handshake (403)',
    async (value) => {
      expect(await server.handshakeStatus(`/ws/upscale_tasks/${value}?token=a`)).toBe(403);
      expect(await server.handshakeStatus(`/ws/jobs_status?token=a&interval=${value}`)).toBe(403);
    },
  );

  it('reads GET /unit_jobs/+7 as job 7', async () => {
    server.control.seed({ jobs: [{ id: 7, user: 'ivy', title: 'Seventh' }] });
    const response = await server.get('/unit_jobs/+7', 'ivy');
    expect(response.status).toBe(200);
    expect(ProcessingJobSchema.parse(await response.json())).toMatchObject({
      id: 7,
      title: 'Seventh',
    });
  });
});

describe('failure messages, from the contract', () => {
  const jobsStatusFailure = metadataOf(dispatchContract.getJobsStatus).failureMessage;
  const taskFailure = metadataOf(dispatchContract.getUpscaleTask).failureMessage;

  it('words a failing GET /jobs_status as the service does', async () => {
    expect(jobsStatusFailure).toBe('An error occurred while retrieving the job status.');
    server.control.answerNext('getJobsStatus', { status: 500 });
    const response = await server.get('/jobs_status');
    expect(response.status).toBe(500);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: jobsStatusFailure,
    });
  });

  it('words a failing /ws/jobs_status poll as its route, and closes 1011 INTERNAL_ERROR', async () => {
    const stream = await server.openStream('/ws/jobs_status?token=jack&interval=1');
    await stream.until((messages) => messages.length >= 3);
    server.control.answerNext('getJobsStatus', { status: 500 });
    expect(await stream.closed).toEqual(wsCloseCodes.INTERNAL_ERROR);
    expect(WSStatusMessageSchema.parse(stream.messages.at(-1))).toEqual({
      type: 'error',
      data: null,
      message: jobsStatusFailure,
    });
  });

  it('words a failing task stream poll as GET /upscale_tasks/{id}', async () => {
    expect(taskFailure).toBe('An error occurred while retrieving the upscale task.');
    const created = await server.post(
      '/upscale_tasks',
      jobRequest({ dimension: { name: 'year', values: [2021] } }),
      'kim',
    );
    const task = UpscalingTaskSummarySchema.parse(await created.json());
    const stream = await server.openStream(`/ws/upscale_tasks/${task.id}?token=kim&interval=1`);
    await stream.until((messages) => messages.length >= 3);
    server.control.answerNext('getUpscaleTask', { status: 500 });
    expect(await stream.closed).toEqual(wsCloseCodes.INTERNAL_ERROR);
    expect(WSTaskStatusMessageSchema.parse(stream.messages.at(-1))).toEqual({
      type: 'error',
      data: null,
      message: taskFailure,
      task_id: task.id,
    });
  });
});

describe('X-Correlation-ID', () => {
  it('is echoed verbatim, spaces included', async () => {
    const response = await server.get('/unit_jobs/999', 'alice', {
      'X-Correlation-ID': 'trace 42 / step 7',
    });
    expect(response.headers.get('x-correlation-id')).toBe('trace 42 / step 7');
    expect(ErrorResponseSchema.parse(await response.json()).request_id).toBe('trace 42 / step 7');
  });
});
