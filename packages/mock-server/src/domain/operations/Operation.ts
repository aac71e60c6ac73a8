import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRoute, ServerInferRequest } from '@ts-rest/core';
import type { Preferences } from '../scenarios/parsePrefer';

/** What an operation is handed: the request as the contract reads it, and who sent it. */
export type OperationRequest<R extends AppRoute> = ServerInferRequest<R> & {
  /** The authenticated user (the anonymous user on open routes or with authentication off). */
  readonly user: string;
  readonly preferences: Preferences;
  /** Scheme and host the client reached the mock at, for absolute links. */
  readonly baseUrl: string;
};

/** An operation's answer: a contract document, or the bytes of a raw result. */
export type OperationAnswer =
  | { readonly status: number; readonly body: unknown }
  | { readonly status: number; readonly contentType: string; readonly bytes: Uint8Array };

/** The handler of one contract operation. */
export type Operation<R extends AppRoute> = (
  request: OperationRequest<R>,
) => OperationAnswer | Promise<OperationAnswer>;

/** A handler for some of the contract's operations. */
export type Operations<K extends keyof DispatchContract> = {
  [Name in K]: Operation<DispatchContract[Name]>;
};
