import { type BaseJobRequest, dispatchContract } from '@apex-dispatch/contract';
import { routeFailure } from '../errors/knownErrors';
import type { JobsContext } from '../jobs/JobsContext';
import { backendRefusal } from '../jobs/submissionRefusal';
import { RESULT_FILES, renderResult } from './renderResult';
import { synchronousOutputFormat } from './synchronousOutputFormat';

/** A synchronous job's answer: the platform's status, media type and bytes, passed through. */
export type SyncJobOutput = { status: 200; contentType: string; bytes: Uint8Array };

const NOT_IMPLEMENTED = 'OGC API Process job execution not implemented yet.';

/**
 * `POST /sync_jobs`: an openEO backend answers its synchronous result with 200. The service does
 * not run OGC API Processes synchronously (500), unless the mock is told to simulate it. A
 * backend the service is not configured for is refused. The output is what the service's graph
 * produces, not `format` (see `synchronousOutputFormat`).
 */
export async function runSyncJob(
  { submission, ogcSyncJobs, synchronousOutput }: JobsContext,
  request: BaseJobRequest,
): Promise<SyncJobOutput> {
  const route = dispatchContract.createSyncJob;
  if (request.label === 'ogc_api_process' && !ogcSyncJobs) {
    throw routeFailure(route, NOT_IMPLEMENTED);
  }
  const refusal = backendRefusal(request, submission.backends);
  if (refusal !== undefined) throw routeFailure(route, refusal);
  const format = synchronousOutputFormat(request, synchronousOutput(request));
  const bytes = await renderResult({ ...request, format });
  return { status: 200, contentType: RESULT_FILES[format].contentType, bytes };
}
