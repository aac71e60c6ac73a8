import { ProcessingStatusEnum } from '@apex-dispatch/contract';

const { CREATED, RUNNING, FINISHED, FAILED, CANCELED } = ProcessingStatusEnum;

// Not the final statuses: the service's table counts only these as done
// (`statuses.issubset({FINISHED, FAILED})`), so a task whose jobs end finished and canceled is
// `created`, not final, and the service goes on recomputing it.
const DONE: ReadonlySet<ProcessingStatusEnum> = new Set([FINISHED, FAILED]);

/**
 * A task's status from its jobs', by the service's table (`_get_upscale_status`): no jobs →
 * created; any running → running; all failed → failed; all canceled → canceled; all finished
 * or failed → finished; anything else → created. A task is never `queued`.
 */
export function taskStatus(statuses: readonly ProcessingStatusEnum[]): ProcessingStatusEnum {
  if (statuses.length === 0) return CREATED;
  if (statuses.includes(RUNNING)) return RUNNING;
  if (statuses.every((status) => status === FAILED)) return FAILED;
  if (statuses.every((status) => status === CANCELED)) return CANCELED;
  if (statuses.every((status) => DONE.has(status))) return FINISHED;
  return CREATED;
}
