import { dispatchContract, metadataOf } from '@apex-dispatch/contract';
import { isAppRouteNoBody, isAppRouteOtherResponse } from '@ts-rest/core';
import type { z } from 'zod';
import { createMockControl } from './control/createMockControl';
import type { MockControl } from './control/MockControl';
import { errorResponse } from './errors/errorResponse';
import { fastApiError } from './errors/fastApiError';
import { bytesAnswer, jsonAnswer, NO_BODY } from './http/answers';
import { assetAnswer, isAssetPath } from './http/assetAnswer';
import { ANONYMOUS_USER, authenticate } from './http/authenticate';
import { bodyTooLarge } from './http/bodyTooLarge';
import type { ContractOperation } from './http/contractRoutes';
import {
  CORRELATION_HEADER,
  CORRELATION_HEADER_NAME,
  correlationIdFor,
} from './http/correlationId';
import { addCorsHeaders, type CorsPolicy, corsPreflight } from './http/cors';
import { docsAnswers, isDocsPath } from './http/docsAnswer';
import { documentAnswers } from './http/documentAnswers';
import { routeRequest } from './http/fastApiRouting';
import { parseJsonBody } from './http/parseJsonBody';
import { pythonUnquote } from './http/pythonUnquote';
import { queryOf } from './http/queryOf';
import { preferredCodeAnswer, STAGED_UNEXPECTED, stageScenario } from './http/routeGuards';
import { createJobsContext } from './jobs/createJobsContext';
import type { MockLogger } from './MockLogger';
import type { MockRequest } from './MockRequest';
import type { MockResponse } from './MockResponse';
import {
  DEFAULT_BODY_LIMIT,
  DEFAULT_JOB_DURATION_MS,
  type MockServerOptions,
} from './MockServerOptions';
import type { OperationAnswer, OperationRequest } from './operations/Operation';
import type { RouteContext } from './operations/RouteContext';
import { serviceOperations } from './operations/serviceOperations';
import { unitJobOperations } from './operations/unitJobOperations';
import { upscaleOperations } from './operations/upscaleOperations';
import { builtInServices } from './params/builtInServices';
import { ServiceCatalog } from './params/ServiceCatalog';
import { StagedUnexpectedFailure } from './scenarios/errorScenarios';
import { parsePrefer } from './scenarios/parsePrefer';
import { preferredError } from './scenarios/preferredError';
import { createStreamHub } from './streams/createStreamHub';
import type { StreamOpening } from './streams/StreamHub';
import { integerPathParams } from './validation/integerPathParams';
import { laxCoerce } from './validation/laxCoerce';
import { parseByteSize } from './validation/parseByteSize';
import { validateRequest } from './validation/validateRequest';

/** The whole mock, free of any transport: adapters hand it requests and stream handshakes. */
export type MockCore = {
  /** Answers one HTTP request. Never rejects: every failure is an answer. */
  readonly handle: (request: MockRequest) => Promise<MockResponse>;
  /** A status stream's handshake, by its URL (path and query). */
  readonly openStream: (url: string) => StreamOpening;
  /** Open streams and their pending poll timers. */
  readonly streamStats: () => { streams: number; timers: number };
  /** The test-control API: state, scripted answers, received requests, the clock. */
  readonly control: MockControl;
  /** Closes every open stream (1012) and refuses new ones; HTTP answers go on. */
  readonly close: () => void;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function splitUrl(url: string): { rawPath: string; query: string } {
  const mark = url.indexOf('?');
  return mark === -1
    ? { rawPath: url, query: '' }
    : { rawPath: url.slice(0, mark), query: url.slice(mark) };
}

/** Creates the mock with `options`, each defaulting as for startMockServer and the CLI. */
export function createMockCore(options: MockServerOptions = {}): MockCore {
  const parsedLimit = parseByteSize(options.bodyLimit ?? DEFAULT_BODY_LIMIT);
  if (parsedLimit === undefined) throw new Error(`Invalid bodyLimit: ${options.bodyLimit}`);
  const bodyLimit: number = parsedLimit;
  const logger: MockLogger | undefined = options.logger;
  const authEnabled = options.auth ?? true;
  const latencyMs = options.latencyMs ?? 0;
  const origins = options.corsOrigin ?? '*';
  const cors: CorsPolicy = {
    origins: typeof origins === 'string' ? [origins] : origins,
    exposeHeaders: options.exposeCorrelationId ? [CORRELATION_HEADER_NAME] : [],
  };
  const services = [...builtInServices, ...(options.services ?? [])];
  const catalog = new ServiceCatalog(services, options.fetchServices ?? false);
  const control = createMockControl(options.clock ?? Date.now);
  const jobs = createJobsContext(
    {
      jobDurationMs: options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS,
      now: control.clock.now,
      ogcSyncJobs: options.ogcSyncJobs ?? false,
      backends: options.backends,
    },
    services,
    catalog,
  );
  const context: RouteContext = { catalog, ...jobs };
  control.attach(jobs.store, {
    defaultUser: authEnabled ? undefined : ANONYMOUS_USER,
    jobDurationMs: options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS,
  });
  if (options.seed !== undefined) control.seed(options.seed);
  const operations = {
    ...unitJobOperations(context),
    ...upscaleOperations(context),
    ...serviceOperations(context),
  };
  const documents = documentAnswers();
  const docs = docsAnswers(options.docsFiles);
  // A scripted answer of a route a stream polls fails that stream's next poll, as the route's
  // handler failing would.
  const scriptedFailure = (operation: 'getJobsStatus' | 'getUpscaleTask'): unknown => {
    const scripted = control.takeAnswer(operation);
    if (scripted === undefined) return undefined;
    if (scripted.kind === 'answer') return undefined;
    const { code, error } = scripted.preferences;
    if (error === 'unexpected') return new StagedUnexpectedFailure(STAGED_UNEXPECTED);
    const answer =
      code === undefined ? undefined : preferredError(dispatchContract[operation], code);
    return answer?.kind === 'error' ? answer.error : undefined;
  };
  const streams = createStreamHub(
    { ...jobs, scriptedFailure },
    {
      auth: authEnabled,
      intervalScale: options.wsIntervalScale ?? 1,
      now: control.clock.now,
    },
  );

  async function readBody(request: MockRequest): Promise<Uint8Array> {
    if (Number(request.headers['content-length']) > bodyLimit) throw bodyTooLarge(bodyLimit);
    const { body } = request;
    const bytes = typeof body === 'function' ? await body(bodyLimit) : (body ?? NO_BODY);
    if (bytes === undefined || bytes.length > bodyLimit) throw bodyTooLarge(bodyLimit);
    return bytes;
  }

  function answerOf(operation: ContractOperation, answer: OperationAnswer): MockResponse {
    if ('bytes' in answer) return bytesAnswer(answer.status, answer.contentType, answer.bytes);
    const documented = operation.route.responses[answer.status];
    if (documented !== undefined && isAppRouteNoBody(documented)) {
      return { status: answer.status, headers: {}, body: NO_BODY };
    }
    if (documented !== undefined && isAppRouteOtherResponse(documented)) {
      return jsonAnswer(answer.status, answer.body, { 'content-type': documented.contentType });
    }
    return jsonAnswer(answer.status, answer.body);
  }

  // The order of the service's request handling: the body is parsed, then `Prefer: code=`,
  // the bearer token (on secured routes), the path's integer ids, the body as pydantic's lax
  // mode reads it, `Prefer: error=`, the contract's validation, and the operation itself.
  async function operate(
    operation: ContractOperation,
    pathParams: Record<string, string>,
    request: MockRequest,
    query: string,
    record: { user?: string; body?: unknown },
  ): Promise<MockResponse> {
    const { route, name } = operation;
    let sent: unknown;
    if ('body' in route) {
      sent = parseJsonBody(await readBody(request), request.headers['content-type']);
      record.body = sent;
    }
    const scripted = control.takeAnswer(name);
    if (scripted?.kind === 'answer') return jsonAnswer(scripted.status, scripted.body);
    const preferences = scripted?.preferences ?? parsePrefer(request.headers.prefer);
    const preferred = preferredCodeAnswer(route, preferences.code);
    if (preferred) return preferred;
    let user = ANONYMOUS_USER;
    if (metadataOf(route).secured) {
      user = authEnabled ? authenticate(request.headers.authorization, control.clock.now()) : user;
      record.user = user;
    }
    const params = integerPathParams(pathParams);
    const body =
      'body' in route && sent !== undefined ? laxCoerce(route.body as z.ZodTypeAny, sent) : sent;
    stageScenario(route, preferences.error, { body, params });
    const valid = validateRequest(route, { params, query: queryOf(query), body, rawBody: sent });
    const handler = operations[name] as (
      input: OperationRequest<typeof route>,
    ) => OperationAnswer | Promise<OperationAnswer>;
    // Named one by one: spreading `valid` here cost more than the whole of GET /health.
    const answer = await handler({
      params: valid.params,
      query: valid.query,
      body: valid.body,
      user,
      preferences,
      baseUrl: request.baseUrl,
    } as OperationRequest<typeof route>);
    return answerOf(operation, answer);
  }

  async function route(
    request: MockRequest,
    record: { user?: string; body?: unknown; operation?: string },
  ): Promise<MockResponse> {
    const { rawPath, query } = splitUrl(request.url);
    const path = pythonUnquote(rawPath);
    const routed = routeRequest(request.method, path, query, request.baseUrl);
    if (routed.kind === 'answer') return routed.response;
    if (routed.kind === 'operation') {
      record.operation = routed.operation.name;
      return operate(routed.operation, routed.params, request, query, record);
    }
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    const document = readOnly ? documents(path) : undefined;
    if (document) return document;
    if (isDocsPath(path)) return docs(request, path);
    if (readOnly && isAssetPath(path)) return assetAnswer(jobs.store, jobs.clock, path);
    throw fastApiError('NOT_FOUND');
  }

  async function handle(request: MockRequest): Promise<MockResponse> {
    const started = performance.now();
    const correlationId = correlationIdFor(request.headers[CORRELATION_HEADER]);
    const record: { user?: string; body?: unknown; operation?: string } = {};
    let response: MockResponse;
    const preflight = corsPreflight(cors, request);
    if (preflight) {
      response = preflight;
      response.headers[CORRELATION_HEADER] = correlationId;
    } else {
      try {
        if (latencyMs > 0) await sleep(latencyMs);
        response = await route(request, record);
        addCorsHeaders(cors, request, response.headers);
        response.headers[CORRELATION_HEADER] = correlationId;
      } catch (error) {
        const answer = errorResponse(error, correlationId);
        response = answer.response;
        if (answer.unexpected) {
          logger?.error(
            { err: error, method: request.method, path: splitUrl(request.url).rawPath },
            'unexpected error',
          );
        } else {
          addCorsHeaders(cors, request, response.headers);
          response.headers[CORRELATION_HEADER] = correlationId;
        }
      }
    }
    const path = splitUrl(request.url).rawPath;
    control.record({ method: request.method, path, ...record, status: response.status });
    // A 4xx as a warning and a 5xx as an error, so that a `warn` level shows what failed.
    const level = response.status >= 500 ? 'error' : response.status >= 400 ? 'warn' : 'info';
    if (logger?.isLevelEnabled(level)) {
      logger[level](
        {
          method: request.method,
          path,
          status: response.status,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
          correlationId,
        },
        'request',
      );
    }
    return request.method === 'HEAD' ? { ...response, body: NO_BODY } : response;
  }

  return {
    handle,
    openStream: streams.open,
    streamStats: streams.stats,
    control,
    close: streams.close,
  };
}
