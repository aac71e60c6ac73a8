import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProcessingJobSchema } from '../models/ProcessingJob';
import { UpscalingTaskSchema } from '../models/UpscalingTask';
import { WSTaskStatusMessageSchema } from '../ws/WSTaskStatusMessage';
import { timestampNormalizer } from './timestampNormalizer';

const job = {
  id: 1,
  title: 'Job',
  label: 'openeo',
  status: 'running',
  created: '2026-05-01T10:00:00',
  updated: '2026-05-01T10:00:00.123456',
  parameters: { created: '2026-05-01T10:00:00', nested: { updated: '2026-05-01T10:00' } },
};

describe('timestampNormalizer', () => {
  it('marks the naive timestamps the schema types as UTC, and nothing else', () => {
    const out = timestampNormalizer(ProcessingJobSchema)(structuredClone(job));
    expect(out.created).toBe('2026-05-01T10:00:00Z');
    expect(out.updated).toBe('2026-05-01T10:00:00.123456Z');
    expect(out.parameters).toEqual(job.parameters);
  });

  it('follows arrays, nullable members and stream messages, and leaves offsets alone', () => {
    const task = {
      created: '2026-05-01T10:00:00+02:00',
      updated: '2026-05-01T10:00:00',
      jobs: [{ title: '2026-05-01T10:00:00' }],
    };
    expect(timestampNormalizer(UpscalingTaskSchema)(task)).toEqual({
      ...task,
      updated: '2026-05-01T10:00:00Z',
    });
    const message = { type: 'status', data: { ...task }, message: null, task_id: 1 };
    expect(timestampNormalizer(WSTaskStatusMessageSchema)(message).data?.updated).toBe(
      '2026-05-01T10:00:00Z',
    );
    expect(timestampNormalizer(WSTaskStatusMessageSchema)({ ...message, data: null }).data).toBe(
      null,
    );
  });

  it('does nothing to a schema without timestamps', () => {
    const value = { created: '2026-05-01T10:00:00' };
    expect(timestampNormalizer(z.record(z.unknown()))(value)).toEqual(value);
    expect(timestampNormalizer(undefined)(value)).toBe(value);
  });
});
