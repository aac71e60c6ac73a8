import { isAppRoute } from '@ts-rest/core';
import { API_VERSION, apiTags } from '../apiInfo';
import { dispatchContract } from '../dispatchContract';
import { CORRELATION_ID_HEADER } from '../wire/httpHeaders';
import { BEARER_SCHEME, buildOperation, HEALTH_TAG, openApiPath } from './buildOperation';
import { componentSchemas } from './componentSchemas';
import { differencesNote } from './differencesNote';
import { operationDocs } from './operationDocs';
import type { JsonSchema } from './toJsonSchema';

/** An OpenAPI 3.1 document, loosely typed: the generator is its only author. */
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string; description?: string }>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, { [field: string]: unknown }>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { [field: string]: unknown }>;
  };
};

const description = `Brokers Earth-observation processing jobs to openEO and OGC API Processes platforms.

Submit a job with \`POST /unit_jobs\` and follow it by its id, run a job synchronously with \`POST /sync_jobs\`, ask a service for its parameters with \`POST /params\`, and fan a job out over many values of one parameter with an upscaling task.

Every operation but \`/health\` and \`POST /tiles\` needs an OIDC access token sent as \`Authorization: Bearer <token>\`. Errors are answered with the \`ErrorResponse\` envelope, except FastAPI's own \`{"detail": ...}\` bodies: a request without a token (401), an unknown path (404) or method (405), and every failure of \`POST /params\` (500). Every response carries an \`${CORRELATION_ID_HEADER}\` header.`;

function paths(): OpenApiDocument['paths'] {
  const result: OpenApiDocument['paths'] = {};
  for (const [name, route] of Object.entries(dispatchContract)) {
    if (!isAppRoute(route)) continue;
    const path = openApiPath(route);
    const operation = buildOperation(route, operationDocs[name as keyof typeof operationDocs]);
    result[path] = { ...result[path], [route.method.toLowerCase()]: operation };
  }
  return result;
}

/** The OpenAPI 3.1 document of the APEx Dispatch API, generated from the contract. */
export function buildOpenApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'APEx Dispatch API',
      version: API_VERSION,
      description: `${description}\n\n${differencesNote()}`,
    },
    // Relative, so "try it" calls whichever server serves the document.
    servers: [{ url: '/', description: 'The server that serves this document' }],
    tags: [
      {
        name: apiTags.UNIT_JOBS,
        description:
          'Processing jobs on one openEO or OGC API Processes platform, and their results',
      },
      {
        name: apiTags.UPSCALE_TASKS,
        description: 'One processing job per value of a parameter, e.g. per tile of a large area',
      },
      {
        name: HEALTH_TAG,
        description: 'Whether the service and its database are up; needs no token',
      },
    ],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        [BEARER_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An OIDC access token of the APEx identity provider; jobs and tasks belong to its `sub`. The mock server accepts any token.',
        },
      },
    },
  };
}
