import { OutputFormatEnum } from '../enums/OutputFormatEnum';
import type { RouteMetadata } from '../routeMetadata';
import { fastApiErrors } from '../wire/fastApiErrors';
import { type KnownErrorCode, knownErrors } from '../wire/knownErrors';
import type { RawResultMediaType } from '../wire/rawResultMediaTypes';
import type { ResponseDocumentation } from './operationDocs';
import type { JsonSchema } from './toJsonSchema';

const REQUEST_ID = '5d1a4c8e-2f1b-4c3d-9e7a-0b6f2a9c1d3e';

const envelope = (code: KnownErrorCode, message: string, details: unknown = null) => ({
  status: 'error',
  error_code: code,
  message,
  details,
  request_id: REQUEST_ID,
});

const single = (summary: string, value: unknown) => ({ [summary]: { summary, value } });

const NOT_FOUND_DESCRIPTIONS = {
  JOB_NOT_FOUND: 'No processing job of the authenticated user has this id',
  TASK_NOT_FOUND: 'No upscaling task of the authenticated user has this id',
} as const;

/** What a status means on a route without wording of its own, and the body the service sends. */
export function responseDoc(status: string, metadata: RouteMetadata): ResponseDocumentation {
  switch (status) {
    case '200':
    case '201':
      return { description: 'Successful Response' };
    case '401':
      return {
        description: `No bearer token (FastAPI's own \`{"detail": "${fastApiErrors.NOT_AUTHENTICATED.detail}"}\`), or one that cannot be validated (\`AUTHENTICATION_FAILED\`)`,
        examples: {
          'Invalid token': {
            summary: 'The token cannot be validated',
            value: envelope('AUTHENTICATION_FAILED', knownErrors.AUTHENTICATION_FAILED.message),
          },
          'No token': {
            summary: 'No Authorization header at all',
            value: { detail: fastApiErrors.NOT_AUTHENTICATED.detail },
          },
        },
      };
    case '404': {
      const code = metadata.notFoundError;
      if (!code) return { description: 'Not found' };
      return {
        description: NOT_FOUND_DESCRIPTIONS[code],
        examples: single(
          code === 'JOB_NOT_FOUND' ? 'Job not found' : 'Task not found',
          envelope(code, knownErrors[code].message),
        ),
      };
    }
    case '422':
      return {
        description: 'Validation Error: the request does not match the schema',
        examples: single(
          'Missing field',
          envelope('VALIDATION_ERROR', knownErrors.VALIDATION_ERROR.message, {
            errors: [{ type: 'missing', loc: ['body', 'label'], msg: 'Field required', input: {} }],
          }),
        ),
      };
    case '500':
      return {
        description: 'Internal server error',
        examples: metadata.failureMessage
          ? single(
              'Route failure',
              envelope('INTERNAL_ERROR', metadata.failureMessage, {
                error: 'The platform refused the request',
              }),
            )
          : single(
              'Unexpected failure',
              envelope('INTERNAL_SERVER_ERROR', knownErrors.INTERNAL_SERVER_ERROR.message),
            ),
      };
    default:
      return { description: `HTTP ${status}` };
  }
}

const binary: JsonSchema = { type: 'string', format: 'binary' };

const rawResultSchemas: Record<RawResultMediaType, JsonSchema> = {
  'application/geo+json': {
    type: 'object',
    description: `A GeoJSON document, e.g. for \`format: "${OutputFormatEnum.GEOJSON}"\``,
  },
  'application/json': {
    description: `A JSON document, e.g. for \`format: "${OutputFormatEnum.JSON}"\``,
  },
  'image/tiff': {
    ...binary,
    description: `A GeoTIFF file, e.g. for \`format: "${OutputFormatEnum.GTIFF}"\``,
  },
  'application/x-netcdf': {
    ...binary,
    description: `A NetCDF file, e.g. for \`format: "${OutputFormatEnum.NETCDF}"\``,
  },
};

/** The content of a raw result: the platform's own answer, under one of its media types. */
export const rawResultContent = Object.fromEntries(
  Object.entries(rawResultSchemas).map(([mediaType, schema]) => [mediaType, { schema }]),
);

export const rawResultDescription =
  "The platform's own answer, passed through with its status (openEO answers 200; the published document says 201), body and `Content-Type`: GeoJSON (`application/geo+json`), JSON (`application/json`), GeoTIFF (`image/tiff`) or NetCDF (`application/x-netcdf`). For openEO the UDP's own `save_result` decides the format; `format` is not used.";
