import { z } from 'zod';
import { JobsFilterListSchema } from '../enums/JobsFilter';
import { WSStatusMessageSchema } from './WSStatusMessage';
import { WSTaskStatusMessageSchema } from './WSTaskStatusMessage';

// Browsers cannot set headers on a WebSocket, so the access token travels in the query string.
const token = z
  .string()
  .min(1)
  .describe('The OIDC access token, as sent in `Authorization: Bearer` to the HTTP routes');

const interval = z.coerce
  .number()
  .int()
  .min(1)
  .default(10)
  .describe('Seconds between two polls of the status');

const filter = JobsFilterListSchema.describe(
  'Which kinds of work to list: upscaling, processing. Can be provided multiple times.',
);

/**
 * The service's two WebSocket streams, which its OpenAPI document cannot show: path, path and
 * query parameters, and the schema of every message. The mock serves them, the client follows
 * them and the AsyncAPI document describes them, all from here, as `dispatchContract` does for
 * the HTTP routes. A stream sends `init`, then every `interval` seconds `loading` and `status`,
 * and never ends by itself; a failure is an `error` message and a close (see wsCloseCodes).
 */
export const dispatchChannels = {
  jobsStatus: {
    path: '/ws/jobs_status',
    pathParams: z.object({}),
    query: z.object({ token, interval, filter }),
    message: WSStatusMessageSchema,
    /**
     * The `error` message of a failure outside the route the stream polls (`GET /jobs_status`,
     * whose own failure is worded by its `failureMessage`, with the close reason of its code).
     */
    failureMessage: 'An error occurred while monitoring the job status.',
    summary: 'Follow all upscaling tasks and processing jobs of the authenticated user',
    description:
      'Every `interval` seconds, what `GET /jobs_status` answers at that moment: the upscaling tasks of the user and the processing jobs that belong to no task.',
  },
  upscaleTask: {
    path: '/ws/upscale_tasks/:task_id',
    pathParams: z.object({
      task_id: z.coerce.number().int().describe('Id of the upscaling task to follow'),
    }),
    query: z.object({ token, interval }),
    message: WSTaskStatusMessageSchema,
    /**
     * The `error` message of a failure outside the route the stream polls
     * (`GET /upscale_tasks/{task_id}`, whose own failure is worded by its `failureMessage`).
     */
    failureMessage: 'An error occurred while monitoring upscaling task.',
    summary: 'Follow one upscaling task and its processing jobs',
    description:
      'Every `interval` seconds, what `GET /upscale_tasks/{task_id}` answers at that moment. The stream goes on after the task is done; the client closes it.',
  },
} as const;

export type DispatchChannels = typeof dispatchChannels;
/** The name of a stream: `jobsStatus` or `upscaleTask`. */
export type DispatchChannelName = keyof DispatchChannels;
