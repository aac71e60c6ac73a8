import type { BaseJobRequest, ProcessingStatusEnum } from '@apex-dispatch/contract';
import type { JobOutcome } from './jobLifecycle';

/** A processing job as the mock keeps it. */
export type StoredJob = {
  readonly id: number;
  readonly owner: string;
  /** The request as the client sent it; its parameters keep every key as data. */
  readonly request: BaseJobRequest;
  readonly createdAt: number;
  readonly outcome: JobOutcome;
  /**
   * False for a task's job the platform refused: the service stores it `failed`, with no
   * platform job, so it never changes and has no results to ask for.
   */
  readonly submitted: boolean;
  /** The unguessable path segment its result files are served under. */
  readonly assetKey: string;
  readonly taskId?: number;
  /** When its lifecycle started, if not at `createdAt` (a seeded job already under way). */
  readonly lifecycleStart?: number;
  /** A status that never changes, and since when (a seeded job that is done). */
  readonly pinned?: { readonly status: ProcessingStatusEnum; readonly updatedAt: number };
};

/** A job of a task that the background submission has not reached yet. */
export type PendingJob = {
  readonly request: BaseJobRequest;
  readonly outcome: JobOutcome;
  readonly submitted: boolean;
  /** When the submission reaches it, by the store's clock. */
  readonly dueAt: number;
};

/**
 * An upscaling task as the mock keeps it: its jobs are looked up by id. Like the service's
 * record, its status is stored, and changes (with `updatedAt`) only when a read recomputes it.
 */
export type StoredTask = {
  readonly id: number;
  readonly owner: string;
  readonly request: BaseJobRequest;
  readonly createdAt: number;
  readonly jobIds: number[];
  readonly pending: PendingJob[];
  status: ProcessingStatusEnum;
  updatedAt: number;
};
