import type { DispatchContract } from '@apex-dispatch/contract';
import type {
  AppRoute,
  AppRouteMutation,
  ContractNoBodyType,
  ParamsFromUrl,
  SuccessfulHttpStatusCode,
  ZodInferOrType,
  ZodInputOrType,
} from '@ts-rest/core';
import type { CallOptions } from './CallOptions';
import type { SyncJobOutput } from './SyncJobOutput';

/** The name of an operation of the contract, which is also the client method's name. */
export type DispatchOperation = keyof DispatchContract;

type RouteOf<K extends DispatchOperation> = DispatchContract[K];

/** The 2xx statuses the contract declares for a route. */
export type SuccessStatusOf<R extends AppRoute> = keyof R['responses'] & SuccessfulHttpStatusCode;

type PathParamName<R extends AppRoute> = keyof ParamsFromUrl<R['path']> & string;

type PathParamValues<R extends AppRoute> = 'pathParams' extends keyof R
  ? ZodInputOrType<R['pathParams']>
  : ParamsFromUrl<R['path']>;

// A route with one path parameter takes it first, as `getJob(id)`.
type PathArgs<R extends AppRoute> = [PathParamName<R>] extends [never]
  ? []
  : [id: PathParamValues<R>[PathParamName<R>]];

type BodyArgs<R extends AppRoute> = R extends AppRouteMutation
  ? R['body'] extends ContractNoBodyType | null
    ? []
    : [body: ZodInputOrType<R['body']>]
  : [];

// Queries are typed by their output: the contract normalises `filter` with a preprocess step,
// whose input type is `unknown`.
type QueryArgs<R extends AppRoute> = 'query' extends keyof R
  ? Record<never, never> extends ZodInferOrType<R['query']>
    ? [query?: ZodInferOrType<R['query']>]
    : [query: ZodInferOrType<R['query']>]
  : [];

/** The arguments of a client method: path id, then body or query, then `CallOptions`. */
export type DispatchOperationArgs<K extends DispatchOperation> = [
  ...PathArgs<RouteOf<K>>,
  ...BodyArgs<RouteOf<K>>,
  ...QueryArgs<RouteOf<K>>,
  options?: CallOptions,
];

// A route whose metadata says `rawResult: true` answers the process's own output.
type IsRawResult<R extends AppRoute> = R['metadata'] extends { rawResult: true } ? true : false;

/** The body of a success answer with status `S`, as a method returns it. */
export type DispatchSuccessBody<
  K extends DispatchOperation,
  S extends SuccessStatusOf<RouteOf<K>> = SuccessStatusOf<RouteOf<K>>,
> =
  IsRawResult<RouteOf<K>> extends true ? SyncJobOutput : ZodInferOrType<RouteOf<K>['responses'][S]>;
