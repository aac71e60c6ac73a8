import type { RequestHandler } from 'express';
import { fastApiError } from '../errors/fastApiError';
import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import { jobState } from '../jobs/jobViews';
import { RESULT_FILES, renderResult } from '../results/renderResult';

/**
 * Serves a finished job's result file at the asset link of its results collection. Like a
 * platform's signed URL, the link needs no token: its random key is the secret.
 */
export function assetsHandler(store: JobStore, clock: () => Clock): RequestHandler {
  return async (req, res, next) => {
    try {
      const job = store.jobByAssetKey(String(req.params.key));
      const file = job ? RESULT_FILES[job.request.format] : undefined;
      if (
        !job ||
        !file ||
        file.fileName !== req.params.file ||
        jobState(job, clock()).status !== 'finished'
      ) {
        throw fastApiError('NOT_FOUND');
      }
      const bytes = await renderResult(job.request);
      res.type(file.contentType).send(bytes);
    } catch (error) {
      next(error);
    }
  };
}
