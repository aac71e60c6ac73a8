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

/**
 * The statuses after which a job or task never changes again. `unknown` is not one: the service
 * reports it when it could not ask the platform, and the next poll may know.
 */
export const finalStatuses = [
  ProcessingStatusEnum.FINISHED,
  ProcessingStatusEnum.FAILED,
  ProcessingStatusEnum.CANCELED,
] as const satisfies readonly ProcessingStatusEnum[];

export type FinalStatus = (typeof finalStatuses)[number];

/** Whether a status is final (`finished`, `failed`, `canceled`). */
export const isFinalStatus = (status: ProcessingStatusEnum): status is FinalStatus =>
  (finalStatuses as readonly ProcessingStatusEnum[]).includes(status);
