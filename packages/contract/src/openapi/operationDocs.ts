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
  requestExamples?: Record<string, RequestExample>;
  /** Route-specific wording of a status, where the generic one would say too little. */
  responses?: Record<string, ResponseDocumentation>;
};

/**
 * Request examples and route-specific response wording, by operation. They serve only the
 * OpenAPI document, so they live beside its builder: an app that imports the contract or the
 * client never carries them.
 */
export const operationDocs: { readonly [K in keyof DispatchContract]?: OperationDocs } = {
  createUnitJob: {
    requestExamples: jobRequestExamples,
  },
  createSyncJob: {
    requestExamples: jobRequestExamples,
  },
  getJobParams: {
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
  splitInTiles: {
    responses: {
      201: {
        description:
          'The grid cells that meet the area of interest, each cut to it: a Polygon, or a MultiPolygon where a concave area splits a cell',
      },
    },
  },
  health: {
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
