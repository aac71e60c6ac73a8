import { Readable } from 'node:stream';
import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRouteImplementation } from '@ts-rest/express';
import { MockHttpError } from '../errors/MockHttpError';
import { jobsStatus } from '../jobs/jobQueries';
import { jobDetails, jobState, jobSummary } from '../jobs/jobViews';
import { userOf } from '../middleware/authenticate';
import { RESULT_FILES, renderResult } from '../results/renderResult';
import { resultsCollection } from '../results/resultsCollection';
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
export function unitJobRoutes({ store, clock }: RouteContext): Handlers {
  return {
    createUnitJob: async ({ body, req, res }) => {
      const job = store.createJob(
        userOf(res),
        body,
        parsePrefer(req.get('Prefer')).status ?? 'finished',
      );
      return { status: 201, body: jobSummary(job, clock()) };
    },

    createSyncJob: async ({ body, res }) => {
      const bytes = await renderResult(body);
      res.setHeader('Content-Type', RESULT_FILES[body.format].contentType);
      res.setHeader('Content-Length', bytes.length);
      // A stream is sent as is; anything else ts-rest would serialise as JSON.
      return { status: 201, body: Readable.from([bytes]) };
    },

    getJob: async ({ params, res }) => ({
      status: 200,
      body: jobDetails(store.getJob(userOf(res), params.job_id), clock()),
    }),

    deleteJob: async ({ params, res }) => {
      store.deleteJob(userOf(res), params.job_id);
      return { status: 200, body: null };
    },

    getJobResults: async ({ params, req, res }) => {
      const job = store.getJob(userOf(res), params.job_id);
      const { status } = jobState(job, clock());
      if (status !== 'finished') {
        throw new MockHttpError(
          404,
          'RESULTS_NOT_AVAILABLE',
          `Job ${job.id} has no results: its status is "${status}".`,
          { details: { job_id: job.id, status } },
        );
      }
      return { status: 200, body: resultsCollection(job, baseUrlOf(req)) };
    },

    getJobsStatus: async ({ query, res }) => ({
      status: 200,
      body: jobsStatus(store, userOf(res), query.filter, clock()),
    }),
  };
}
