import { jobsStatus } from '../jobs/jobQueries';
import { jobDetails } from '../jobs/jobViews';
import { submitUnitJob } from '../jobs/submitUnitJob';
import { jobResults } from '../results/jobResults';
import { runSyncJob } from '../results/runSyncJob';
import type { Operations } from './Operation';
import type { RouteContext } from './RouteContext';

/** The processing-job operations: create, run synchronously, read, delete, results, list. */
export function unitJobOperations(
  context: RouteContext,
): Operations<
  'createUnitJob' | 'createSyncJob' | 'getJob' | 'deleteJob' | 'getJobResults' | 'getJobsStatus'
> {
  const { store, clock } = context;
  return {
    createUnitJob: ({ body, user, preferences }) => ({
      status: 201,
      body: submitUnitJob(context, user, body, preferences),
    }),

    createSyncJob: async ({ body }) => {
      const { status, contentType, bytes } = await runSyncJob(context, body);
      return { status, contentType, bytes };
    },

    getJob: ({ params, user }) => ({
      status: 200,
      body: jobDetails(store.getJob(user, params.job_id), clock()),
    }),

    deleteJob: ({ params, user }) => {
      store.deleteJob(user, params.job_id);
      return { status: 200, body: null };
    },

    getJobResults: ({ params, user, baseUrl }) => ({
      status: 200,
      body: jobResults(context, user, params.job_id, baseUrl),
    }),

    getJobsStatus: ({ query, user }) => ({
      status: 200,
      body: jobsStatus(store, user, query.filter, clock()),
    }),
  };
}
