import type { DispatchContract } from '@apex-dispatch/contract';
import type { HTTPStatusCode } from '@ts-rest/core';
import type { DispatchOperation, DispatchSuccessBody, SuccessStatusOf } from './DispatchOperation';
import type { DispatchApiError } from './errors/DispatchApiError';

type SuccessStatus<K extends DispatchOperation> = SuccessStatusOf<DispatchContract[K]>;

/**
 * What a `client.detailed` method resolves to, whatever the HTTP status: a union keyed by
 * `status`. Success members carry the typed body; any other status carries the body as received
 * and the `DispatchApiError` the plain method would have thrown.
 */
export type DispatchDetailedResponse<K extends DispatchOperation> =
  | {
      [S in SuccessStatus<K>]: {
        ok: true;
        status: S;
        headers: Headers;
        body: DispatchSuccessBody<K, S>;
      };
    }[SuccessStatus<K>]
  | {
      ok: false;
      status: Exclude<HTTPStatusCode, SuccessStatus<K>>;
      headers: Headers;
      body: unknown;
      error: DispatchApiError;
    };
