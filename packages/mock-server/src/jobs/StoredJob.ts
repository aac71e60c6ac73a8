import type { BaseJobRequest } from '@apex-dispatch/contract';
import type { JobOutcome } from './jobLifecycle';

/** A processing job as the mock keeps it. */
export type StoredJob = {
  readonly id: number;
  readonly owner: string;
  /** The request as the client sent it; its parameters keep every key as data. */
  readonly request: BaseJobRequest;
  readonly createdAt: number;
  readonly outcome: JobOutcome;
  /** The unguessable path segment its result files are served under. */
  readonly assetKey: string;
  readonly taskId?: number;
};

/** An upscaling task as the mock keeps it: its jobs are looked up by id. */
export type StoredTask = {
  readonly id: number;
  readonly owner: string;
  readonly request: BaseJobRequest;
  readonly createdAt: number;
  readonly jobIds: readonly number[];
};
