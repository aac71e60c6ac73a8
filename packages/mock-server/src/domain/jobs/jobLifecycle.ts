import { finalStatuses, ProcessingStatusEnum } from '@apex-dispatch/contract';

/**
 * How a job may end: a final status, or `unknown` (the platform's status can no longer be read,
 * so the service keeps asking). Normally `finished`; a scenario may choose another.
 */
export const jobOutcomes = [...finalStatuses, ProcessingStatusEnum.UNKNOWN] as const;

export type JobOutcome = (typeof jobOutcomes)[number];

/** The statuses a job passes through before its outcome, in order, each a third of its time. */
export const lifecycleSteps = [
  ProcessingStatusEnum.CREATED,
  ProcessingStatusEnum.QUEUED,
  ProcessingStatusEnum.RUNNING,
] as const satisfies readonly ProcessingStatusEnum[];

/** A job's status and the time it took it, `elapsedMs` after creation, over `durationMs`. */
export function jobLifecycle(
  elapsedMs: number,
  durationMs: number,
  outcome: JobOutcome,
): { status: ProcessingStatusEnum; sinceMs: number } {
  if (durationMs <= 0 || elapsedMs >= durationMs) {
    return { status: outcome, sinceMs: Math.max(durationMs, 0) };
  }
  const steps = lifecycleSteps.length;
  const step = Math.max(Math.min(Math.floor((elapsedMs * steps) / durationMs), steps - 1), 0);
  return { status: lifecycleSteps[step] ?? 'created', sinceMs: (step * durationMs) / steps };
}
