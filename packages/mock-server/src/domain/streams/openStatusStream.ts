import type { WSStatusMessage, WSTaskStatusMessage } from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import { jobsStatusStream } from './jobsStatusStream';
import type { StreamRequest } from './parseStreamRequest';
import type { StatusStream } from './StatusStream';
import { upscaleTaskStream } from './upscaleTaskStream';

/** What the streams read: the server's job store and clock. */
export type StreamContext = {
  readonly store: JobStore;
  readonly clock: () => Clock;
  /**
   * The failure a test scripted for the next call of the route a stream polls (the service's
   * streams call the routes' handlers), to be thrown by that poll; undefined for none.
   */
  readonly scriptedFailure?: (operation: 'getJobsStatus' | 'getUpscaleTask') => unknown;
};

/** The stream a parsed handshake asks for, as `user`. */
export function openStatusStream(
  context: StreamContext,
  request: StreamRequest,
  user: () => string,
): StatusStream<WSStatusMessage | WSTaskStatusMessage> {
  const { store, clock, scriptedFailure } = context;
  const checked = (operation: 'getJobsStatus' | 'getUpscaleTask') => () => {
    const failure = scriptedFailure?.(operation);
    if (failure !== undefined) throw failure;
    return user();
  };
  return request.channel === 'jobsStatus'
    ? jobsStatusStream(store, checked('getJobsStatus'), request, clock)
    : upscaleTaskStream(store, checked('getUpscaleTask'), request, clock);
}
