// What users of the client need from the contract, named one by one so that the surface changes
// only on purpose: the models and enums of requests and answers, their schemas, and the error
// codes. The contract itself, its docs examples and the mock's fixtures stay in the contract.

export type {
  Asset,
  BaseJobRequest,
  BBox,
  Collection,
  DetailResponse,
  ErrorResponse,
  Extent,
  Geometry,
  GeometryCollection,
  HealthResponse,
  JobsStatusResponse,
  JsonObject,
  KnownErrorCode,
  Link,
  MultiPolygon,
  Parameter,
  ParameterDimension,
  ParamRequest,
  Point,
  Polygon,
  Position,
  ProcessingJob,
  ProcessingJobSummary,
  Provider,
  ServiceDetails,
  Tile,
  TileCollection,
  TileRequest,
  UpscalingTask,
  UpscalingTaskRequest,
  UpscalingTaskSummary,
  ValidationError,
  WSStatusMessage,
  WSTaskStatusMessage,
} from '@apex-dispatch/contract';
export {
  BaseJobRequestSchema,
  CollectionSchema,
  ErrorResponseSchema,
  GridTypeEnum,
  HealthResponseSchema,
  JobsFilter,
  JobsStatusResponseSchema,
  knownErrors,
  OutputFormatEnum,
  ParameterSchema,
  ParamRequestSchema,
  ParamTypeEnum,
  ProcessingJobSchema,
  ProcessingJobSummarySchema,
  ProcessingStatusEnum,
  ProcessTypeEnum,
  TileCollectionSchema,
  TileRequestSchema,
  UpscalingTaskRequestSchema,
  UpscalingTaskSchema,
  UpscalingTaskSummarySchema,
} from '@apex-dispatch/contract';
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
  type DispatchErrorCode,
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
