import {
  MimeTypes,
  metadataOf,
  pathParamNames,
  responseSchemaOf,
  timestampNormalizer,
} from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { ZodType } from 'zod';
import type { CallOptions } from '../CallOptions';
import type { DispatchClientOptions, FetchLike } from '../DispatchClientOptions';
import type { DispatchOperation } from '../DispatchOperation';
import { createApiError } from '../errors/createApiError';
import type { DispatchApiError } from '../errors/DispatchApiError';
import { DispatchNetworkError } from '../errors/DispatchNetworkError';
import { DispatchResponseValidationError } from '../errors/DispatchResponseValidationError';
import { buildUrl } from './buildUrl';

import { MalformedJsonBody, readBody, readRawResult } from './readBody';
import { resolveToken } from './resolveToken';
import { parseRetryAfter, resolveRetryPolicy, retryDelay } from './retryPolicy';
import { type HttpExchange, sendRequest } from './sendRequest';
import { sleep } from './sleep';

/** The outcome of one operation, before the plain methods turn failures into throws. */
export type OperationOutcome =
  | { ok: true; status: number; headers: Headers; body: unknown }
  | { ok: false; status: number; headers: Headers; body: unknown; error: DispatchApiError };

/** A client method in its detailed form, untyped: the typed surface is `DispatchClient`. */
export type OperationCall = (...args: unknown[]) => Promise<OperationOutcome>;

/** The client options every operation shares, defaults applied. */
export type ClientSettings = Omit<DispatchClientOptions, 'fetch' | 'validateResponses'> & {
  fetch: FetchLike;
  validateResponses: boolean;
};

const isSchema = (value: unknown): value is ZodType =>
  typeof value === 'object' && value !== null && 'safeParse' in value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function authHeaderValue(settings: ClientSettings): Promise<string | undefined> {
  const token = await resolveToken(settings.token);
  if (token === undefined) return undefined;
  const prefix = settings.authPrefix ?? 'Bearer';
  return prefix === '' ? token : `${prefix} ${token}`;
}

/** Builds the detailed form of one operation from its route in the contract. */
export function createOperation(
  operation: DispatchOperation,
  route: AppRoute,
  settings: ClientSettings,
): OperationCall {
  const paramNames = pathParamNames(route.path);
  const hasBody = route.method !== 'GET' && 'body' in route && isSchema(route.body);
  const hasQuery = route.query !== undefined && route.query !== null;
  const { secured, idempotent, rawResult = false } = metadataOf(route);

  const validateSuccess = (exchange: HttpExchange): unknown => {
    const { status, headers, body } = exchange;
    const fail = (
      message: string,
      issues: DispatchResponseValidationError['issues'] = [],
      cause?: unknown,
    ) =>
      new DispatchResponseValidationError({
        operation,
        status,
        headers,
        body: body instanceof MalformedJsonBody ? body.text : body,
        issues,
        message,
        cause,
      });
    if (body instanceof MalformedJsonBody) {
      throw fail(`${operation}: the ${status} answer is not valid JSON`, [], body.error);
    }
    if (!settings.validateResponses) return body;
    if (!(status in route.responses)) {
      throw fail(`${operation}: status ${status} is not in the contract`);
    }
    const schema = responseSchemaOf(route, status);
    if (!schema) return body;
    const parseOrFail = (bodySchema: ZodType, value: unknown): unknown => {
      const parsed = bodySchema.safeParse(value);
      if (parsed.success) return parsed.data;
      throw fail(
        `${operation}: the ${status} answer does not match the contract`,
        parsed.error.issues,
        parsed.error,
      );
    };
    if (rawResult) {
      // A raw result is checked on its parsed JSON; bytes have no schema to meet.
      if (!isRecord(body) || body.kind !== 'json') return body;
      return { ...body, data: parseOrFail(schema, body.data) };
    }
    return parseOrFail(schema, body);
  };

  return async (...args: unknown[]): Promise<OperationOutcome> => {
    let position = 0;
    const params: Record<string, unknown> = {};
    for (const name of paramNames) params[name] = args[position++];
    const body = hasBody ? args[position++] : undefined;
    const query = hasQuery ? args[position++] : undefined;
    const options: CallOptions = (args[position] as CallOptions | undefined) ?? {};

    const url = buildUrl(
      settings.baseUrl.replace(/\/+$/, ''),
      route.path,
      params,
      isRecord(query) ? query : undefined,
    );
    const policy = resolveRetryPolicy(options.retry ?? settings.retry, idempotent);
    const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
    const requestBody = hasBody ? JSON.stringify(body) : undefined;

    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(settings.headers);
      if (hasBody) headers.set('Content-Type', MimeTypes.JSON);
      const auth = secured ? await authHeaderValue(settings) : undefined;
      if (auth !== undefined) headers.set(settings.authHeaderName ?? 'Authorization', auth);
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

      const canRetry = policy !== undefined && attempt < policy.retries;
      let exchange: HttpExchange;
      try {
        exchange = await sendRequest({
          url,
          method: route.method,
          headers,
          body: requestBody,
          signal: options.signal,
          timeoutMs,
          fetch: settings.fetch,
          read: (response) =>
            rawResult && response.ok ? readRawResult(response) : readBody(response),
        });
      } catch (error) {
        if (canRetry && error instanceof DispatchNetworkError) {
          await sleep(retryDelay(policy, attempt, undefined), options.signal);
          continue;
        }
        if (attempt > 0 && error instanceof DispatchNetworkError) {
          throw new DispatchNetworkError(`${error.message} (after ${attempt + 1} attempts)`, {
            cause: error.cause,
          });
        }
        throw error;
      }

      const { status, headers: responseHeaders } = exchange;
      if (status >= 200 && status < 300) {
        const successBody = validateSuccess(exchange);
        // A raw result is the process's own data, left as it came.
        return {
          ok: true,
          status,
          headers: responseHeaders,
          body: rawResult
            ? successBody
            : timestampNormalizer(responseSchemaOf(route, status))(successBody),
        };
      }
      if (canRetry && policy.retryOnStatus.includes(status)) {
        const retryAfter = parseRetryAfter(responseHeaders.get('retry-after'));
        await sleep(retryDelay(policy, attempt, retryAfter), options.signal);
        continue;
      }
      const errorBody =
        exchange.body instanceof MalformedJsonBody ? exchange.body.text : exchange.body;
      return {
        ok: false,
        status,
        headers: responseHeaders,
        body: errorBody,
        error: createApiError(operation, status, responseHeaders, errorBody, {
          method: route.method,
          url,
          attempts: attempt + 1,
        }),
      };
    }
  };
}
