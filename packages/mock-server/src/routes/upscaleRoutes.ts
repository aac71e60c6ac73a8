import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRouteImplementation } from '@ts-rest/express';
import { upscaleTask } from '../jobs/jobQueries';
import { taskSummary } from '../jobs/jobViews';
import { userOf } from '../middleware/authenticate';
import { parsePrefer } from '../scenarios/parsePrefer';
import { splitInTiles } from '../tiles/splitInTiles';
import type { RouteContext } from './RouteContext';
import { withParameter } from './withParameter';

type Handlers = {
  [K in 'createUpscaleTask' | 'getUpscaleTask' | 'splitInTiles']: AppRouteImplementation<
    DispatchContract[K]
  >;
};

/**
 * The upscaling operations: a task runs one processing job per value of its dimension, often
 * the tiles `POST /tiles` cut an area into.
 */
export function upscaleRoutes({ store, clock }: RouteContext): Handlers {
  return {
    createUpscaleTask: async ({ body, req, res }) => {
      const { dimension, ...request } = body;
      const jobParameters = dimension.values.map((value) =>
        withParameter(request.parameters, dimension.name, value),
      );
      const task = store.createTask(
        userOf(res),
        request,
        jobParameters,
        parsePrefer(req.get('Prefer')).status ?? 'finished',
      );
      return { status: 201, body: taskSummary(task, store.jobsOfTask(task), clock()) };
    },

    getUpscaleTask: async ({ params, res }) => {
      return { status: 200, body: upscaleTask(store, userOf(res), params.task_id, clock()) };
    },

    splitInTiles: async ({ body }) => ({
      status: 201,
      body: { type: 'GeometryCollection', geometries: splitInTiles(body.aoi, body.grid) },
    }),
  };
}
