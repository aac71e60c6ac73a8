import type { DispatchDetailedResponse } from './DispatchDetailedResponse';
import type {
  DispatchOperation,
  DispatchOperationArgs,
  DispatchSuccessBody,
} from './DispatchOperation';
import type { DispatchWaitMethods } from './wait/DispatchWaitMethods';
import type { DispatchWatchMethods } from './watch/DispatchWatchMethods';

/** One method per operation of the contract, each resolving to the success body or throwing. */
export type DispatchClient = {
  [K in DispatchOperation]: (...args: DispatchOperationArgs<K>) => Promise<DispatchSuccessBody<K>>;
} & {
  /** The same operations, resolving to status, headers and body whatever the status. */
  readonly detailed: {
    [K in DispatchOperation]: (
      ...args: DispatchOperationArgs<K>
    ) => Promise<DispatchDetailedResponse<K>>;
  };
} & DispatchWaitMethods &
  DispatchWatchMethods;
