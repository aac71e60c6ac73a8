import { dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import { createExpressEndpoints } from '@ts-rest/express';
import express from 'express';
import pino from 'pino';
import { createJobsContext } from './jobs/createJobsContext';
import { CORRELATION_HEADER, correlationId } from './middleware/correlationId';
import { cors } from './middleware/cors';
import { jsonWithoutCharset } from './middleware/jsonWithoutCharset';
import { latency } from './middleware/latency';
import { requestLogger } from './middleware/requestLogger';
import { builtInServices } from './params/builtInServices';
import { ServiceCatalog } from './params/ServiceCatalog';
import type { RouteContext } from './routes/RouteContext';
import { serviceRoutes } from './routes/serviceRoutes';
import { unitJobRoutes } from './routes/unitJobRoutes';
import { upscaleRoutes } from './routes/upscaleRoutes';
import { assetsHandler } from './server/assetsHandler';
import { asyncApiHandler } from './server/asyncApiHandler';
import { defaultDocsDir, docsHandler } from './server/docsHandler';
import { errorHandler } from './server/errorHandler';
import { addFallbackRoutes } from './server/fallbackRoutes';
import { fastApiRouting } from './server/fastApiRouting';
import type { MockApp } from './server/MockApp';
import { DEFAULT_BODY_LIMIT, type MockServerOptions } from './server/MockServerOptions';
import { openApiHandler } from './server/openApiHandler';
import { routeMiddleware } from './server/routeMiddleware';
import { translateValidationError } from './server/translateValidationError';
import { jsonBody } from './validation/jsonBody';
import { parseByteSize } from './validation/parseByteSize';
import { readBody } from './validation/readBody';
import { registerStreamContext } from './ws/streamContexts';

function bodyPaths(): string[] {
  return (Object.values(dispatchContract) as AppRoute[])
    .filter((route) => route.method === 'POST')
    .map((route) => route.path);
}

/** The mock APEx Dispatch API as a request listener, e.g. for supertest; state lives in the app. */
export function createMockApp(options: MockServerOptions = {}): MockApp {
  const logger = options.logger ?? pino({ level: options.logLevel ?? 'silent' });
  const services = [...builtInServices, ...(options.services ?? [])];
  const catalog = new ServiceCatalog(services, options.fetchServices ?? false);
  const context: RouteContext = { catalog, ...createJobsContext(options, services, catalog) };
  const { store } = context;
  const origins = options.corsOrigin ?? '*';
  const bodyLimit = parseByteSize(options.bodyLimit ?? DEFAULT_BODY_LIMIT);
  if (bodyLimit === undefined) throw new Error(`Invalid bodyLimit: ${options.bodyLimit}`);

  const app = express();
  registerStreamContext(app, context);
  app.disable('x-powered-by');
  app.disable('etag');
  // Node's own query parser: repeated keys become arrays, and it is much cheaper than qs.
  app.set('query parser', 'simple');
  app.use(correlationId);
  app.use(jsonWithoutCharset);
  app.use(requestLogger(logger));
  app.use(
    cors({
      origins: typeof origins === 'string' ? [origins] : origins,
      exposeHeaders: options.exposeCorrelationId ? [CORRELATION_HEADER] : [],
    }),
  );
  if ((options.latencyMs ?? 0) > 0) app.use(latency(options.latencyMs ?? 0));
  app.use(fastApiRouting);
  // Bodies are read only where the contract takes one: elsewhere a path's 404 or 405 comes first.
  app.post(bodyPaths(), readBody(bodyLimit), jsonBody);

  app.get('/openapi.json', openApiHandler());
  app.get('/asyncapi.json', asyncApiHandler());
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
