import { type WSStatusMessage, wsMessageTexts } from '@apex-dispatch/contract';
import type { StatusStream } from './StatusStream';
import { streamFailure } from './streamFailure';

/** The fields every stream message has; a stream's `envelope` adds its own (`task_id`). */
export type MessageFields<D> = Omit<WSStatusMessage, 'data'> & { data: D | null };

/**
 * A stream that sends `init`, then at each poll `loading` and `status` with what `read()`
 * answers; when `read()` throws, `loading`, `error` and a 1011 close instead.
 */
export function pollingStream<D, M>(
  envelope: (fields: MessageFields<D>) => M,
  read: () => D,
  internalMessage: string,
): StatusStream<M> {
  return {
    init: () => envelope({ type: 'init', data: null, message: wsMessageTexts.init }),
    poll: () => {
      const loading = envelope({ type: 'loading', data: null, message: wsMessageTexts.loading });
      try {
        return { messages: [loading, envelope({ type: 'status', data: read(), message: null })] };
      } catch (error) {
        const { message, close } = streamFailure(error, internalMessage);
        return { messages: [loading, envelope({ type: 'error', data: null, message })], close };
      }
    },
  };
}
