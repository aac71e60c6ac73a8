import { upscaleTask } from '../jobs/jobQueries';
import { submitUpscaleTask } from '../jobs/submitUpscaleTask';
import { splitInTiles } from '../tiles/splitInTiles';
import type { Operations } from './Operation';
import type { RouteContext } from './RouteContext';

/**
 * The upscaling operations: a task runs one processing job per value of its dimension, often
 * the tiles `POST /tiles` cut an area into.
 */
export function upscaleOperations(
  context: RouteContext,
): Operations<'createUpscaleTask' | 'getUpscaleTask' | 'splitInTiles'> {
  const { store, clock } = context;
  return {
    createUpscaleTask: ({ body, user, preferences }) => ({
      status: 201,
      body: submitUpscaleTask(context, user, body, preferences),
    }),

    getUpscaleTask: ({ params, user }) => ({
      status: 200,
      body: upscaleTask(store, user, params.task_id, clock()),
    }),

    splitInTiles: ({ body }) => ({
      status: 201,
      body: { type: 'GeometryCollection', geometries: splitInTiles(body.aoi, body.grid) },
    }),
  };
}
