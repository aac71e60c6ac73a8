import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRouteImplementation } from '@ts-rest/express';
import { upscaleTask } from '../jobs/jobQueries';
import { submitUpscaleTask } from '../jobs/submitUpscaleTask';
import { userOf } from '../middleware/authenticate';
import { parsePrefer } from '../scenarios/parsePrefer';
import { splitInTiles } from '../tiles/splitInTiles';
import type { RouteContext } from './RouteContext';

type Handlers = {
  [K in 'createUpscaleTask' | 'getUpscaleTask' | 'splitInTiles']: AppRouteImplementation<
    DispatchContract[K]
  >;
};

/**
 * The upscaling operations: a task runs one processing job per value of its dimension, often
 * the tiles `POST /tiles` cut an area into.
 */
export function upscaleRoutes(context: RouteContext): Handlers {
  const { store, clock } = context;
  return {
    createUpscaleTask: async ({ body, req, res }) => ({
      status: 201,
      body: submitUpscaleTask(context, userOf(res), body, parsePrefer(req.get('Prefer'))),
    }),

    getUpscaleTask: async ({ params, res }) => {
      return { status: 200, body: upscaleTask(store, userOf(res), params.task_id, clock()) };
    },

    splitInTiles: async ({ body }) => ({
      status: 201,
      body: { type: 'GeometryCollection', geometries: splitInTiles(body.aoi, body.grid) },
    }),
  };
}
