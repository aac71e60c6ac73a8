import {
  JobsStatusResponseSchema,
  ProcessingJobSummarySchema,
  UpscalingTaskSchema,
  UpscalingTaskSummarySchema,
  type WSStatusMessage,
  WSStatusMessageSchema,
  type WSTaskStatusMessage,
  WSTaskStatusMessageSchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { fakeJwt, jobRequest, useTestServer } from '../../testing/testServer';

// Polls every 10 ms for `interval=1`; a job goes created, queued, running, finished in 1.2 s.
const server = useTestServer({ jobDurationMs: 1200, wsIntervalScale: 0.01 });

const taskRequest = jobRequest({
  title: 'Yearly index',
  dimension: { name: 'year', values: [2021, 2022] },
});

async function createJob(user: string) {
  const response = await server.post('/unit_jobs', jobRequest(), user);
  return ProcessingJobSummarySchema.parse(await response.json());
}

async function createTask(user: string) {
  const response = await server.post('/upscale_tasks', taskRequest, user);
  return UpscalingTaskSummarySchema.parse(await response.json());
}

const statuses = <D>(messages: ReadonlyArray<{ type: string; data: D }>): D[] =>
  messages.filter((message) => message.type === 'status').map((message) => message.data);

// Consecutive repeats dropped: [a, a, b, b, b, c] -> [a, b, c].
const changes = <T>(values: T[]) => values.filter((value, i) => i === 0 || value !== values[i - 1]);

// The sequence, readable: each run of polls that saw the same status folded into one line.
function summarise<M extends WSStatusMessage | WSTaskStatusMessage>(
  messages: M[],
  show: (data: M['data']) => string,
): string {
  const lines: Array<{ text: string; count: number }> = [];
  for (const message of messages) {
    if (message.type === 'loading') continue;
    const text =
      message.type === 'status'
        ? `loading + status ${show(message.data)}`
        : `${message.type} ${JSON.stringify(message.message)}`;
    const last = lines.at(-1);
    if (last?.text === text) last.count += 1;
    else lines.push({ text, count: 1 });
  }
  return lines.map(({ text, count }) => (count > 1 ? `${text}  ×${count}` : text)).join('\n');
}

describe('/ws/jobs_status', () => {
  it('sends init, then loading and status every interval, the status following the jobs', async () => {
    const stream = await server.openStream('/ws/jobs_status?token=carol&interval=1');
    await stream.until((messages) => messages.length >= 3);
    const job = await createJob('carol');
    const isDone = (message: unknown) =>
      WSStatusMessageSchema.parse(message).data?.processing_jobs[0]?.status === 'finished';
    await stream.until((messages) => messages.some(isDone));
    stream.close();

    const messages = stream.messages.map((message) => WSStatusMessageSchema.parse(message));
    expect(messages[0]).toEqual({ type: 'init', data: null, message: 'Starting status stream' });
    const rest = messages.slice(1);
    rest.forEach((message, i) => {
      expect(message.type).toBe(i % 2 === 0 ? 'loading' : 'status');
      if (message.type === 'loading') expect(message.message).toBe('Starting retrieval of status');
      else expect(message.message).toBeNull();
    });
    const data = statuses(messages);
    expect(data[0]).toEqual({ upscaling_tasks: [], processing_jobs: [] });
    const seen = changes(data.map((status) => status?.processing_jobs[0]?.status ?? 'none'));
    expect(seen[0]).toBe('none');
    expect(seen.at(-1)).toBe('finished');
    // At least one state between: the stream saw the job move, not only its end.
    expect(seen.length).toBeGreaterThan(2);
    expect(data.at(-1)?.processing_jobs[0]?.id).toBe(job.id);

    console.log(
      `/ws/jobs_status?token=carol&interval=1 (mock: wsIntervalScale 0.01, jobDurationMs 1200), ${messages.length} messages; first four:\n${messages
        .slice(0, 4)
        .map((message) => JSON.stringify(message))
        .join('\n')}\nrepeats folded:\n${summarise(messages, (status) =>
        JSON.stringify(status?.processing_jobs.map(({ id, status }) => ({ id, status }))),
      )}`,
    );
  });

  it('sends in each status what GET /jobs_status answers at that moment', async () => {
    await createJob('dave');
    await createTask('dave');
    const stream = await server.openStream('/ws/jobs_status?token=dave&interval=1');
    // Once everything is finished, nothing changes any more: stream and route must agree.
    const settled = (message: unknown) => {
      const data = WSStatusMessageSchema.parse(message).data;
      return (
        data !== null &&
        [...data.processing_jobs, ...data.upscaling_tasks].every((x) => x.status === 'finished')
      );
    };
    await stream.until((messages) => messages.some(settled));
    stream.close();
    const viaHttp = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status', 'dave')).json(),
    );
    const last = statuses(stream.messages.map((m) => WSStatusMessageSchema.parse(m))).at(-1);
    expect(last).toEqual(viaHttp);
    expect(viaHttp.processing_jobs).toHaveLength(1);
    expect(viaHttp.upscaling_tasks).toHaveLength(1);
  });

  it('honours filter, once or repeated', async () => {
    await createJob('erin');
    await createTask('erin');
    const firstStatus = async (query: string) => {
      const stream = await server.openStream(`/ws/jobs_status?token=erin&interval=1${query}`);
      const messages = await stream.until((all) => all.length >= 3);
      stream.close();
      const data = WSStatusMessageSchema.parse(messages[2]).data;
      return { tasks: data?.upscaling_tasks.length, jobs: data?.processing_jobs.length };
    };
    expect(await firstStatus('&filter=upscaling')).toEqual({ tasks: 1, jobs: 0 });
    expect(await firstStatus('&filter=processing')).toEqual({ tasks: 0, jobs: 1 });
    expect(await firstStatus('&filter=processing&filter=upscaling')).toEqual({ tasks: 1, jobs: 1 });
    expect(await firstStatus('')).toEqual({ tasks: 1, jobs: 1 });
  });

  it('names the user by the token as the HTTP routes do: a JWT by its sub', async () => {
    await createJob('frank');
    const stream = await server.openStream(`/ws/jobs_status?token=${fakeJwt({ sub: 'frank' })}`);
    const messages = await stream.until((all) => all.length >= 3);
    stream.close();
    expect(WSStatusMessageSchema.parse(messages[2]).data?.processing_jobs).toHaveLength(1);
  });

  it('ends with error and 1011 AUTHENTICATION_FAILED for a token that cannot be read', async () => {
    const stream = await server.openStream('/ws/jobs_status?token=not%20a%20token');
    const { code, reason } = await stream.closed;
    expect({ code, reason }).toEqual({ code: 1011, reason: 'AUTHENTICATION_FAILED' });
    expect(stream.messages.map((m) => WSStatusMessageSchema.parse(m))).toEqual([
      { type: 'init', data: null, message: 'Starting status stream' },
      { type: 'loading', data: null, message: 'Starting retrieval of status' },
      {
        type: 'error',
        data: null,
        message: 'Could not validate credentials. Please retry signing in.',
      },
    ]);
  });
});

describe('/ws/upscale_tasks/{task_id}', () => {
  it('follows the task and its jobs, and goes on once it is finished', async () => {
    const task = await createTask('grace');
    const stream = await server.openStream(`/ws/upscale_tasks/${task.id}?token=grace&interval=1`);
    const finished = (message: unknown) =>
      WSTaskStatusMessageSchema.parse(message).data?.status === 'finished';
    // Three more polls after the task finished: the stream does not end by itself.
    await stream.until((messages) => messages.filter(finished).length >= 3);
    expect(stream.open).toBe(true);
    stream.close();

    const messages = stream.messages.map((message) => WSTaskStatusMessageSchema.parse(message));
    expect(messages.every((message) => message.task_id === task.id)).toBe(true);
    expect(messages[0]).toEqual({
      type: 'init',
      data: null,
      message: 'Starting status stream',
      task_id: task.id,
    });
    expect(messages.slice(1).map((m) => m.type)).toEqual(
      messages.slice(1).map((_, i) => (i % 2 === 0 ? 'loading' : 'status')),
    );
    const data = statuses(messages);
    expect(changes(data.map((status) => status?.status)).at(-1)).toBe('finished');
    expect(changes(data.map((status) => status?.status)).length).toBeGreaterThan(1);
    const viaHttp = UpscalingTaskSchema.parse(
      await (await server.get(`/upscale_tasks/${task.id}`, 'grace')).json(),
    );
    expect(data.at(-1)).toEqual(viaHttp);
    expect(viaHttp.jobs).toHaveLength(2);

    console.log(
      `/ws/upscale_tasks/${task.id}?token=grace&interval=1, ${messages.length} messages; first four:\n${messages
        .slice(0, 4)
        .map((message) => JSON.stringify(message))
        .join('\n')}\nrepeats folded:\n${summarise(messages, (status) =>
        JSON.stringify({ status: status?.status, jobs: status?.jobs.map((job) => job.status) }),
      )}`,
    );
  });

  it.each([
    ['a task that does not exist', 'heidi', () => Promise.resolve(999)],
    ['another user’s task', 'mallory', async () => (await createTask('heidi')).id],
  ])('ends with error and 1011 TASK_NOT_FOUND for %s', async (_, user, taskId) => {
    const id = await taskId();
    const stream = await server.openStream(`/ws/upscale_tasks/${id}?token=${user}`);
    const { code, reason } = await stream.closed;
    expect({ code, reason }).toEqual({ code: 1011, reason: 'TASK_NOT_FOUND' });
    const messages = stream.messages.map((m) => WSTaskStatusMessageSchema.parse(m));
    expect(messages.map((m) => m.type)).toEqual(['init', 'loading', 'error']);
    expect(messages[2]).toEqual({
      type: 'error',
      data: null,
      message: 'The requested task was not found.',
      task_id: id,
    });
    console.log(
      `/ws/upscale_tasks/${id}?token=${user} (${_}):\n${messages.map((m) => JSON.stringify(m)).join('\n')}\nclose ${code} ${reason}`,
    );
  });
});
