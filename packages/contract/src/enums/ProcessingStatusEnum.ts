import { z } from 'zod';

/** Lifecycle state of a processing job or upscaling task. */
export const ProcessingStatusEnum = {
  CREATED: 'created',
  QUEUED: 'queued',
  RUNNING: 'running',
  FINISHED: 'finished',
  CANCELED: 'canceled',
  FAILED: 'failed',
  UNKNOWN: 'unknown',
} as const;

export const ProcessingStatusEnumSchema = z.nativeEnum(ProcessingStatusEnum);
export type ProcessingStatusEnum = z.infer<typeof ProcessingStatusEnumSchema>;
