import { describe, expect, it } from 'vitest';
import { dispatchChannels } from './dispatchChannels';
import { WSStatusMessageSchema } from './WSStatusMessage';
import { WSTaskStatusMessageSchema } from './WSTaskStatusMessage';

describe('dispatchChannels', () => {
  const { jobsStatus, upscaleTask } = dispatchChannels;

  it('reads a stream’s query string as the service does', () => {
    expect(jobsStatus.query.parse({ token: 't' })).toEqual({ token: 't', interval: 10 });
    expect(jobsStatus.query.parse({ token: 't', interval: '3', filter: 'upscaling' })).toEqual({
      token: 't',
      interval: 3,
      filter: ['upscaling'],
    });
    expect(
      jobsStatus.query.parse({ token: 't', filter: ['upscaling', 'processing'] }).filter,
    ).toEqual(['upscaling', 'processing']);
    expect(upscaleTask.pathParams.parse({ task_id: '42' })).toEqual({ task_id: 42 });
  });

  it.each([
    ['no token', {}],
    ['an empty token', { token: '' }],
    ['a fractional interval', { token: 't', interval: '1.5' }],
    ['an interval of 0', { token: 't', interval: '0' }],
    ['an unknown filter', { token: 't', filter: ['processing', 'all'] }],
  ])('refuses %s', (_, query) => {
    expect(jobsStatus.query.safeParse(query).success).toBe(false);
  });

  it('types each stream’s data: the status of a jobs stream is no task', () => {
    const taskStatus = {
      type: 'status',
      task_id: 1,
      message: null,
      data: { upscaling_tasks: [], processing_jobs: [] },
    };
    expect(WSStatusMessageSchema.safeParse(taskStatus).success).toBe(true);
    expect(WSTaskStatusMessageSchema.safeParse(taskStatus).success).toBe(false);
    expect(
      WSStatusMessageSchema.safeParse({ type: 'done', data: null, message: null }).success,
    ).toBe(false);
  });
});
