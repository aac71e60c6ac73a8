import type { ProcessingStatusEnum } from '@apex-dispatch/contract';

const ENDED: ReadonlySet<ProcessingStatusEnum> = new Set(['finished', 'failed']);

/**
 * A task's status from its jobs', by the service's table: no jobs → created; any running →
 * running; all failed → failed; all canceled → canceled; all finished or failed → finished;
 * anything else → created. A task is never `queued`.
 */
export function taskStatus(statuses: readonly ProcessingStatusEnum[]): ProcessingStatusEnum {
  if (statuses.length === 0) return 'created';
  if (statuses.includes('running')) return 'running';
  if (statuses.every((status) => status === 'failed')) return 'failed';
  if (statuses.every((status) => status === 'canceled')) return 'canceled';
  if (statuses.every((status) => ENDED.has(status))) return 'finished';
  return 'created';
}
