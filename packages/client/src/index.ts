export * from '@apex-dispatch/contract';
export type { CallOptions } from './CallOptions';
export { createDispatchClient } from './createDispatchClient';
export type { DispatchClient } from './DispatchClient';
export type { DispatchClientOptions, FetchLike, TokenProvider } from './DispatchClientOptions';
export type { DispatchDetailedResponse } from './DispatchDetailedResponse';
export type {
  DispatchOperation,
  DispatchOperationArgs,
  DispatchSuccessBody,
} from './DispatchOperation';
export { DispatchAbortError, isDispatchAbortError } from './errors/DispatchAbortError';
export {
  DispatchApiError,
  type DispatchApiErrorInit,
  isDispatchApiError,
} from './errors/DispatchApiError';
export { DispatchError, isDispatchError } from './errors/DispatchError';
export { DispatchNetworkError, isDispatchNetworkError } from './errors/DispatchNetworkError';
export {
  DispatchResponseValidationError,
  isDispatchResponseValidationError,
} from './errors/DispatchResponseValidationError';
export { DispatchStreamError, isDispatchStreamError } from './errors/DispatchStreamError';
export { DispatchTimeoutError, isDispatchTimeoutError } from './errors/DispatchTimeoutError';
export {
  DispatchValidationError,
  type DispatchValidationIssue,
  isDispatchValidationError,
} from './errors/DispatchValidationError';
export type { RetryOptions } from './RetryOptions';
export type { SyncJobOutput } from './SyncJobOutput';
export type { DispatchWaitMethods } from './wait/DispatchWaitMethods';
export type { WaitOptions } from './wait/WaitOptions';
export type { DispatchWatchMethods } from './watch/DispatchWatchMethods';
export type {
  ReconnectOptions,
  WatchJobsStatusOptions,
  WatchOptions,
} from './watch/WatchOptions';
export type { WebSocketConstructorLike, WebSocketLike } from './watch/WebSocketLike';
