import { Readable } from 'node:stream';
import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRouteImplementation } from '@ts-rest/express';
import { jobsStatus } from '../jobs/jobQueries';
import { jobDetails } from '../jobs/jobViews';
import { submitUnitJob } from '../jobs/submitUnitJob';
import { userOf } from '../middleware/authenticate';
import { jobResults } from '../results/jobResults';
import { runSyncJob } from '../results/runSyncJob';
import { parsePrefer } from '../scenarios/parsePrefer';
import { baseUrlOf } from './baseUrlOf';
import type { RouteContext } from './RouteContext';

type Handlers = {
  [K in
    | 'createUnitJob'
    | 'createSyncJob'
    | 'getJob'
    | 'deleteJob'
    | 'getJobResults'
    | 'getJobsStatus']: AppRouteImplementation<DispatchContract[K]>;
};

/** The processing-job operations: create, run synchronously, read, delete, results, list. */
export function unitJobRoutes(context: RouteContext): Handlers {
  const { store, clock } = context;
  return {
    createUnitJob: async ({ body, req, res }) => ({
      status: 201,
      body: submitUnitJob(context, userOf(res), body, parsePrefer(req.get('Prefer'))),
    }),

    createSyncJob: async ({ body, res }) => {
      const { status, contentType, bytes } = await runSyncJob(context, body);
      res.setHeader('Content-Type', contentType);
      res.setHeader('Content-Length', bytes.length);
      // A stream is sent as is; anything else ts-rest would serialise as JSON.
      return { status, body: Readable.from([bytes]) };
    },

    getJob: async ({ params, res }) => ({
      status: 200,
      body: jobDetails(store.getJob(userOf(res), params.job_id), clock()),
    }),

    deleteJob: async ({ params, res }) => {
      store.deleteJob(userOf(res), params.job_id);
      return { status: 200, body: null };
    },

    getJobResults: async ({ params, req, res }) => ({
      status: 200,
      body: jobResults(context, userOf(res), params.job_id, baseUrlOf(req)),
    }),

    getJobsStatus: async ({ query, res }) => ({
      status: 200,
      body: jobsStatus(store, userOf(res), query.filter, clock()),
    }),
  };
}
