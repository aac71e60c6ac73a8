import { pathPattern } from '@apex-dispatch/contract';
import { fastApiError } from '../errors/fastApiError';
import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import { jobState } from '../jobs/jobViews';
import type { MockResponse } from '../MockResponse';
import { assetPathTemplate } from '../results/assetPathTemplate';
import { RESULT_FILES, renderResult } from '../results/renderResult';
import { bytesAnswer } from './answers';

const ASSET_PATH = pathPattern(assetPathTemplate);

/** Whether a path is one of the result files' asset links. */
export const isAssetPath = (path: string): boolean => ASSET_PATH.test(path);

/**
 * A finished job's result file at the asset link of its results collection. Like a platform's
 * signed URL, the link needs no token: its random key is the secret.
 */
export async function assetAnswer(
  store: JobStore,
  clock: () => Clock,
  path: string,
): Promise<MockResponse> {
  const { asset_key = '', file_name = '' } = ASSET_PATH.exec(path)?.groups ?? {};
  const job = store.jobByAssetKey(asset_key);
  const file = job ? RESULT_FILES[job.request.format] : undefined;
  if (
    !job ||
    !file ||
    file.fileName !== file_name ||
    jobState(job, clock()).status !== 'finished'
  ) {
    throw fastApiError('NOT_FOUND');
  }
  return bytesAnswer(200, file.contentType, await renderResult(job.request));
}
