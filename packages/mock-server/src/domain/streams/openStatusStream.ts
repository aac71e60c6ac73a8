import type { WSStatusMessage, WSTaskStatusMessage } from '@apex-dispatch/contract';
import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import { jobsStatusStream } from './jobsStatusStream';
import type { StreamRequest } from './parseStreamRequest';
import type { StatusStream } from './StatusStream';
import { upscaleTaskStream } from './upscaleTaskStream';

/** What the streams read: the server's job store and clock. */
export type StreamContext = { readonly store: JobStore; readonly clock: () => Clock };

/** The stream a parsed handshake asks for, as `user`. */
export function openStatusStream(
  context: StreamContext,
  request: StreamRequest,
  user: () => string,
): StatusStream<WSStatusMessage | WSTaskStatusMessage> {
  const { store, clock } = context;
  return request.channel === 'jobsStatus'
    ? jobsStatusStream(store, user, request, clock)
    : upscaleTaskStream(store, user, request, clock);
}
