import { OutputFormatEnum } from '../enums/OutputFormatEnum';
import type { JsonSchema } from './zodToJsonSchema';

const errorExample = (error_code: string, message: string, details?: unknown) => ({
  status: 'error',
  error_code,
  message,
  ...(details !== undefined && { details }),
  request_id: '5d1a4c8e-2f1b-4c3d-9e7a-0b6f2a9c1d3e',
});

type Example = { summary: string; value: unknown };
type ResponseDoc = { description: string; examples?: Record<string, Example> };

const single = (summary: string, value: unknown) => ({ [summary]: { summary, value } });

/** What each status means, and the ErrorResponse the service sends with it. */
export function responseDoc(status: string, path: string): ResponseDoc {
  switch (status) {
    case '200':
      if (path === '/health') {
        return {
          description: 'The service and its database are up',
          examples: single('Healthy', { status: 'ok', database: { status: 'ok' } }),
        };
      }
      return { description: 'Successful Response' };
    case '201':
      return { description: 'Successful Response' };
    case '401':
      return {
        description:
          'No bearer token (FastAPI\'s own `{"detail": "Not authenticated"}`), or one that cannot be validated (`AUTHENTICATION_FAILED`)',
        examples: {
          'Invalid token': {
            summary: 'The token cannot be validated',
            value: errorExample(
              'AUTHENTICATION_FAILED',
              'Could not validate credentials. Please retry signing in.',
            ),
          },
          'No token': {
            summary: 'No Authorization header at all',
            value: { detail: 'Not authenticated' },
          },
        },
      };
    case '404':
      if (path.includes('{task_id}')) {
        return {
          description: 'No upscaling task of the authenticated user has this id',
          examples: single(
            'Task not found',
            errorExample('TASK_NOT_FOUND', 'The requested task was not found.'),
          ),
        };
      }
      if (path.includes('{job_id}')) {
        return {
          description: 'No processing job of the authenticated user has this id',
          examples: single(
            'Job not found',
            errorExample('JOB_NOT_FOUND', 'The requested job was not found.'),
          ),
        };
      }
      return { description: 'The service or its description was not found on the platform' };
    case '422':
      return {
        description: 'Validation Error: the request does not match the schema',
        examples: single(
          'Missing field',
          errorExample('VALIDATION_ERROR', 'Request validation failed.', {
            errors: [{ type: 'missing', loc: ['body', 'label'], msg: 'Field required', input: {} }],
          }),
        ),
      };
    case '500':
      return {
        description: 'Internal server error',
        examples: single(
          'Internal error',
          errorExample('INTERNAL_ERROR', 'An internal server error occurred.'),
        ),
      };
    case '503':
      return {
        description: 'The service is up but its database is not',
        examples: single('Database down', { status: 'error', database: { status: 'error' } }),
      };
    default:
      return { description: `HTTP ${status}` };
  }
}

const binary: JsonSchema = { type: 'string', format: 'binary' };

/** The content of `POST /sync_jobs` 201: the raw result, typed by the requested `format`. */
export const syncJobResultContent = {
  'application/geo+json': {
    schema: {
      type: 'object',
      description: `A GeoJSON document, for \`format: "${OutputFormatEnum.GEOJSON}"\``,
    },
  },
  'application/json': {
    schema: { description: `A JSON document, for \`format: "${OutputFormatEnum.JSON}"\`` },
  },
  'image/tiff': {
    schema: {
      ...binary,
      description: `A GeoTIFF file, for \`format: "${OutputFormatEnum.GTIFF}"\``,
    },
  },
  'application/x-netcdf': {
    schema: {
      ...binary,
      description: `A NetCDF file, for \`format: "${OutputFormatEnum.NETCDF}"\``,
    },
  },
};

export const syncJobResultDescription =
  'The result of the process, as it produced it for the requested `format`: GeoJSON (`application/geo+json`), JSON (`application/json`), GeoTIFF (`image/tiff`) or NetCDF (`application/x-netcdf`).';
