import type { DispatchContract } from '../dispatchContract';
import {
  jobRequestExamples,
  paramRequestExamples,
  type RequestExample,
} from '../examples/jobRequestExamples';

/** What one status of a route means, with named examples of its body. */
export type ResponseDocumentation = {
  description: string;
  examples?: Record<string, { summary: string; value: unknown }>;
};

/** What the docs show of an operation beyond the contract's wire facts. */
export type OperationDocs = {
  /** What the operation does, in a sentence or two. */
  description: string;
  requestExamples?: Record<string, RequestExample>;
  /** Route-specific wording of a status, where the generic one would say too little. */
  responses?: Record<string, ResponseDocumentation>;
};

/**
 * What each operation does, its request examples and route-specific response wording. They
 * serve only the OpenAPI document, so they live beside its builder: an app that imports the
 * contract or the client never carries them.
 */
export const operationDocs: { readonly [K in keyof DispatchContract]: OperationDocs } = {
  createUnitJob: {
    description:
      'Create a processing job on the platform named by `label` and `service`, and track it by its id.',
    requestExamples: jobRequestExamples,
  },
  createSyncJob: {
    description:
      "Run a processing job synchronously and answer the platform's own result, passed through with its status (openEO answers 200), body and Content-Type: GeoJSON, JSON, GeoTIFF or NetCDF.",
    requestExamples: jobRequestExamples,
  },
  getJobParams: {
    description: 'Retrieve the parameters required for a specific processing service.',
    requestExamples: paramRequestExamples,
    responses: {
      500: {
        description:
          'The parameters could not be retrieved (unknown service, unreachable UDP, unsupported schema): FastAPI\'s `{"detail"}` body, not the envelope',
        examples: {
          'Unreachable UDP': {
            summary: 'The UDP could not be fetched',
            value: {
              detail:
                'An error occurred while retrieving service parameters: 404 Client Error: Not Found',
            },
          },
        },
      },
    },
  },
  getJob: {
    description: 'Return a processing job of the authenticated user, with its current status.',
  },
  deleteJob: {
    description: 'Delete a processing job of the authenticated user.',
  },
  getJobResults: {
    description:
      'Return the outputs of a processing job as a STAC 1.0 Collection whose assets are the result files.',
  },
  getJobsStatus: {
    description:
      'Return the combined list of upscaling tasks and processing jobs for the authenticated user.',
  },
  createUpscaleTask: {
    description:
      'Create an upscaling task: one processing job for each value of the `dimension` parameter.',
  },
  getUpscaleTask: {
    description: 'Return an upscaling task of the authenticated user, with its processing jobs.',
  },
  splitInTiles: {
    description:
      "Given an area of interest and a tiling grid (from the service's maximum AOI capacity), calculate the tiles the upscaling service has to process.",
    responses: {
      201: {
        description:
          'The grid cells that meet the area of interest, each cut to it: a Polygon, or a MultiPolygon where a concave area splits a cell',
      },
    },
  },
  health: {
    description: 'Report whether the service and its database are up. Needs no token.',
    responses: {
      200: {
        description: 'The service and its database are up',
        examples: {
          Healthy: { summary: 'Healthy', value: { status: 'ok', database: { status: 'ok' } } },
        },
      },
      503: {
        description: 'The service is up but its database is not',
        examples: {
          'Database down': {
            summary: 'Database down',
            value: { status: 'error', database: { status: 'error' } },
          },
        },
      },
    },
  },
};
