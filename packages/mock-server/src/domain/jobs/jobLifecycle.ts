import type { ProcessingStatusEnum } from '@apex-dispatch/contract';

/**
 * How a job ends: normally `finished`; a scenario may make it fail or be canceled, or leave it
 * `unknown` (the platform's status can no longer be read, so the service keeps asking).
 */
export type JobOutcome = Extract<
  ProcessingStatusEnum,
  'finished' | 'failed' | 'canceled' | 'unknown'
>;

const STEPS = ['created', 'queued', 'running'] as const;

/** A job's status and the time it took it, `elapsedMs` after creation, over `durationMs`. */
export function jobLifecycle(
  elapsedMs: number,
  durationMs: number,
  outcome: JobOutcome,
): { status: ProcessingStatusEnum; sinceMs: number } {
  if (durationMs <= 0 || elapsedMs >= durationMs) {
    return { status: outcome, sinceMs: Math.max(durationMs, 0) };
  }
  // created, queued and running each take a third of the job's duration.
  const step = Math.min(Math.floor((elapsedMs * STEPS.length) / durationMs), STEPS.length - 1);
  return {
    status: STEPS[Math.max(step, 0)] ?? 'created',
    sinceMs: (Math.max(step, 0) * durationMs) / STEPS.length,
  };
}

/** Whether a job in this status will never change again (the service stops refreshing it). */
export const isTerminal = (status: ProcessingStatusEnum): boolean =>
  status === 'finished' || status === 'failed' || status === 'canceled';
