import { dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import { createExpressEndpoints } from '@ts-rest/express';
import express, { type Express } from 'express';
import pino from 'pino';
import { JobStore } from './jobs/JobStore';
import { correlationId } from './middleware/correlationId';
import { cors } from './middleware/cors';
import { latency } from './middleware/latency';
import { requestLogger } from './middleware/requestLogger';
import { builtInServices } from './params/builtInServices';
import { ServiceCatalog } from './params/ServiceCatalog';
import type { RouteContext } from './routes/RouteContext';
import { serviceRoutes } from './routes/serviceRoutes';
import { unitJobRoutes } from './routes/unitJobRoutes';
import { upscaleRoutes } from './routes/upscaleRoutes';
import { assetsHandler } from './server/assetsHandler';
import { defaultDocsDir, docsHandler } from './server/docsHandler';
import { errorHandler } from './server/errorHandler';
import { addFallbackRoutes } from './server/fallbackRoutes';
import {
  DEFAULT_BODY_LIMIT,
  DEFAULT_JOB_DURATION_MS,
  type MockServerOptions,
} from './server/MockServerOptions';
import { openApiHandler } from './server/openApiHandler';
import { routeMiddleware } from './server/routeMiddleware';
import { translateValidationError } from './server/translateValidationError';
import { jsonBody } from './validation/jsonBody';
import { parseByteSize } from './validation/parseByteSize';
import { readBody } from './validation/readBody';

function bodyPaths(): string[] {
  return (Object.values(dispatchContract) as AppRoute[])
    .filter((route) => route.method === 'POST')
    .map((route) => route.path);
}

/** The mock APEx Dispatch API as an express app, e.g. for supertest; state lives in the app. */
export function createMockApp(options: MockServerOptions = {}): Express {
  const logger = options.logger ?? pino({ level: options.logLevel ?? 'silent' });
  const jobDurationMs = options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS;
  const store = new JobStore();
  const context: RouteContext = {
    store,
    catalog: new ServiceCatalog([...builtInServices, ...(options.services ?? [])]),
    clock: () => ({ now: store.currentTime(), jobDurationMs }),
  };
  const origins = options.corsOrigin ?? '*';
  const bodyLimit = parseByteSize(options.bodyLimit ?? DEFAULT_BODY_LIMIT);
  if (bodyLimit === undefined) throw new Error(`Invalid bodyLimit: ${options.bodyLimit}`);

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Node's own query parser: repeated keys become arrays, and it is much cheaper than qs.
  app.set('query parser', 'simple');
  app.use(correlationId);
  app.use(requestLogger(logger));
  app.use(cors(typeof origins === 'string' ? [origins] : origins));
  if ((options.latencyMs ?? 0) > 0) app.use(latency(options.latencyMs ?? 0));
  // Bodies are read only where the contract takes one: elsewhere a path's 404 or 405 comes first.
  app.post(bodyPaths(), readBody(bodyLimit), jsonBody);

  app.get('/openapi.json', openApiHandler());
  app.use('/docs', docsHandler(options.docsDir ?? defaultDocsDir()));
  app.get('/assets/:key/:file', assetsHandler(store, context.clock));

  createExpressEndpoints(
    dispatchContract,
    { ...unitJobRoutes(context), ...upscaleRoutes(context), ...serviceRoutes(context) },
    app,
    {
      logInitialization: false,
      jsonQuery: false,
      responseValidation: false,
      globalMiddleware: routeMiddleware(options.auth ?? true),
      requestValidationErrorHandler: translateValidationError,
    },
  );
  addFallbackRoutes(app);
  app.use(errorHandler(logger));
  return app;
}
