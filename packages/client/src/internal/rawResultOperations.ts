import type { DispatchOperation } from '../DispatchOperation';

/** Operations whose success body is the process's own result, in whatever format it was made. */
export const rawResultOperations = [
  'createSyncJob',
] as const satisfies readonly DispatchOperation[];

export type RawResultOperation = (typeof rawResultOperations)[number];
