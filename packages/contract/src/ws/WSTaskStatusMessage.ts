import { z } from 'zod';
import { UpscalingTaskSchema } from '../models/UpscalingTask';
import { WSStatusMessageSchema } from './WSStatusMessage';

/** A message of the `/ws/upscale_tasks/{task_id}` stream: a status message that names its task. */
export const WSTaskStatusMessageSchema = WSStatusMessageSchema.extend({
  task_id: z.number().int().describe('The task the stream follows'),
  data: UpscalingTaskSchema.nullable().describe(
    'The task in full, with its jobs, at this poll (`status` messages), else null',
  ),
}).describe('A message of the stream of one upscaling task');
export type WSTaskStatusMessage = z.infer<typeof WSTaskStatusMessageSchema>;
