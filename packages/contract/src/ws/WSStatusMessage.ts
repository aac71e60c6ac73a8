import { z } from 'zod';
import { JobsStatusResponseSchema } from '../models/JobsStatusResponse';
import { WSMessageTypeEnumSchema } from './WSMessageTypeEnum';

/**
 * A message of the `/ws/jobs_status` stream. The service always sends all three fields:
 * `data` is set on `status` messages only, `message` on the others.
 */
export const WSStatusMessageSchema = z
  .object({
    type: WSMessageTypeEnumSchema.describe('What the message reports'),
    data: JobsStatusResponseSchema.nullable().describe(
      'Tasks and jobs of the user at this poll (`status` messages), else null',
    ),
    message: z
      .string()
      .nullable()
      .describe('What is happening (`init`, `loading`) or what went wrong (`error`), else null'),
  })
  .describe('A message of the stream of all tasks and jobs of the user');
export type WSStatusMessage = z.infer<typeof WSStatusMessageSchema>;
