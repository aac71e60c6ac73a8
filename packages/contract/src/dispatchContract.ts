import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { apiTags } from './apiInfo';
import { JobsFilterListSchema } from './enums/JobsFilter';
import {
  detailInternalError,
  internalError,
  notFound,
  unauthorized,
  validationFailed,
} from './errorResponses';
import { BaseJobRequestSchema } from './models/BaseJobRequest';
import { HealthResponseSchema } from './models/HealthResponse';
import { JobsStatusResponseSchema } from './models/JobsStatusResponse';
import { ParameterSchema } from './models/Parameter';
import { ParamRequestSchema } from './models/ParamRequest';
import { ProcessingJobSchema } from './models/ProcessingJob';
import { ProcessingJobSummarySchema } from './models/ProcessingJobSummary';
import { SyncJobResultSchema } from './models/SyncJobResult';
import { TileCollectionSchema } from './models/TileCollection';
import { TileRequestSchema } from './models/TileRequest';
import { UpscalingTaskSchema } from './models/UpscalingTask';
import { UpscalingTaskRequestSchema } from './models/UpscalingTaskRequest';
import { UpscalingTaskSummarySchema } from './models/UpscalingTaskSummary';
import { routeMetadata } from './routeMetadata';
import { CollectionSchema } from './stac/Collection';

const c = initContract();

const { UNIT_JOBS, UPSCALE_TASKS } = apiTags;

/** Path ids are integers on the wire; in a URL they arrive as text. */
const integerId = z.coerce.number().int();
const jobId = integerId.describe('Id of the processing job, as `POST /unit_jobs` answered it');
const taskId = integerId.describe('Id of the upscaling task, as `POST /upscale_tasks` answered it');

const securedResponses = { ...unauthorized, ...validationFailed, ...internalError };

// A raw result is the platform's own output, passed through with its media type (JSON, GeoJSON,
// GeoTIFF, NetCDF: see rawResultMediaTypeOf), not a JSON document of the contract.
const rawResult = c.otherResponse({
  contentType: 'application/octet-stream',
  body: SyncJobResultSchema,
});

/** The routes that need `Authorization: Bearer <token>`. */
const securedRoutes = c.router(
  {
    createUnitJob: {
      method: 'POST',
      path: '/unit_jobs',
      body: BaseJobRequestSchema,
      responses: {
        201: ProcessingJobSummarySchema,
      },
      summary: 'Create a new processing job',
      metadata: routeMetadata({
        operationId: 'create_unit_job_unit_jobs_post',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: false,
        failureMessage: 'An error occurred while creating processing job.',
      }),
    },
    createSyncJob: {
      method: 'POST',
      path: '/sync_jobs',
      body: BaseJobRequestSchema,
      // The service passes the platform's status through: openEO answers 200, the document says 201.
      responses: { 200: rawResult, 201: rawResult },
      summary: 'Create a new processing job',
      metadata: routeMetadata({
        operationId: 'create_sync_job_sync_jobs_post',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: false,
        rawResult: true,
        failureMessage: 'An error occurred while creating the synchronous job.',
      }),
    },
    getJobParams: {
      method: 'POST',
      path: '/params',
      body: ParamRequestSchema,
      responses: {
        200: z.array(ParameterSchema),
        // Overrides the common 500: this route answers its failures with FastAPI's `{"detail"}`.
        ...detailInternalError,
      },
      summary: 'Get the parameters of a specific processing service.',
      metadata: routeMetadata({
        operationId: 'get_job_params_params_post',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: true,
        detailErrors: true,
      }),
    },
    getJob: {
      method: 'GET',
      path: '/unit_jobs/:job_id',
      pathParams: z.object({ job_id: jobId }),
      responses: {
        200: ProcessingJobSchema,
        ...notFound,
      },
      summary: 'Get Job',
      metadata: routeMetadata({
        operationId: 'get_job_unit_jobs__job_id__get',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: true,
        notFoundError: 'JOB_NOT_FOUND',
        failureMessage: 'An error occurred while retrieving the processing job.',
      }),
    },
    deleteJob: {
      method: 'DELETE',
      path: '/unit_jobs/:job_id',
      pathParams: z.object({ job_id: jobId }),
      body: c.noBody(),
      responses: {
        200: z.unknown(),
        ...notFound,
      },
      summary: 'Delete Job',
      metadata: routeMetadata({
        operationId: 'delete_job_unit_jobs__job_id__delete',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: true,
        failureMessage: 'An error occurred while deleting the processing job.',
        notFoundError: 'JOB_NOT_FOUND',
      }),
    },
    getJobResults: {
      method: 'GET',
      path: '/unit_jobs/:job_id/results',
      pathParams: z.object({ job_id: jobId }),
      responses: {
        200: CollectionSchema.nullable(),
        ...notFound,
      },
      summary: 'Get Job Results',
      metadata: routeMetadata({
        operationId: 'get_job_results_unit_jobs__job_id__results_get',
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: true,
        notFoundError: 'JOB_NOT_FOUND',
        failureMessage: 'An error occurred while retrieving processing job results.',
      }),
    },
    getJobsStatus: {
      method: 'GET',
      path: '/jobs_status',
      query: z.object({
        filter: JobsFilterListSchema.describe(
          'Filter jobs: upscaling, processing. Can be provided multiple times.',
        ),
      }),
      responses: {
        200: JobsStatusResponseSchema,
      },
      summary: 'Get a list of all upscaling tasks & processing jobs for the authenticated user',
      metadata: routeMetadata({
        operationId: 'get_jobs_status_jobs_status_get',
        // One tag, so that the reference lists it once (intendedDifferences: documentDifferences).
        tags: [UNIT_JOBS],
        secured: true,
        idempotent: true,
        failureMessage: 'An error occurred while retrieving the job status.',
      }),
    },
    createUpscaleTask: {
      method: 'POST',
      path: '/upscale_tasks',
      body: UpscalingTaskRequestSchema,
      responses: {
        201: UpscalingTaskSummarySchema,
      },
      summary: 'Create a new upscaling task',
      metadata: routeMetadata({
        operationId: 'create_upscale_task_upscale_tasks_post',
        tags: [UPSCALE_TASKS],
        secured: true,
        idempotent: false,
        // Sic: the service words this route's failure like the results route's.
        failureMessage: 'An error occurred while retrieving processing job results.',
      }),
    },
    getUpscaleTask: {
      method: 'GET',
      path: '/upscale_tasks/:task_id',
      pathParams: z.object({ task_id: taskId }),
      responses: {
        200: UpscalingTaskSchema,
        ...notFound,
      },
      summary: 'Get Upscale Task',
      metadata: routeMetadata({
        operationId: 'get_upscale_task_upscale_tasks__task_id__get',
        tags: [UPSCALE_TASKS],
        secured: true,
        idempotent: true,
        notFoundError: 'TASK_NOT_FOUND',
        failureMessage: 'An error occurred while retrieving the upscale task.',
      }),
    },
  },
  // Every secured route may answer a refused token, a request that does not validate and a
  // failure of its own; a route's own responses win over these.
  { strictStatusCodes: true, commonResponses: securedResponses },
);

/** The routes that need no token. */
const publicRoutes = c.router(
  {
    splitInTiles: {
      method: 'POST',
      path: '/tiles',
      body: TileRequestSchema,
      responses: {
        201: TileCollectionSchema,
        ...validationFailed,
        ...internalError,
      },
      summary: 'Split an area of interest in a list of tiles.',
      metadata: routeMetadata({
        operationId: 'split_in_tiles_tiles_post',
        tags: [UPSCALE_TASKS],
        secured: false,
        idempotent: true,
        // No failureMessage: the service's message names the grid ("...calculating tiles for <grid>").
      }),
    },
    health: {
      method: 'GET',
      path: '/health',
      responses: {
        200: HealthResponseSchema,
        503: HealthResponseSchema,
      },
      summary: 'Health',
      metadata: routeMetadata({
        operationId: 'health_health_get',
        tags: [],
        secured: false,
        idempotent: true,
      }),
    },
  },
  { strictStatusCodes: true },
);

/** The APEx Dispatch API 0.7.2: every operation of the service, as one ts-rest router. */
export const dispatchContract = { ...securedRoutes, ...publicRoutes };

export type DispatchContract = typeof dispatchContract;
