import { wsCloseCodes } from '@apex-dispatch/contract';
import { isMockHttpError } from '../errors/MockHttpError';
import type { StreamClose } from './StatusStream';

/**
 * The `error` message's text and the close of a failed poll: the service's own refusals
 * (AUTHENTICATION_FAILED, TASK_NOT_FOUND) keep their code and message, anything else is
 * INTERNAL_ERROR with the stream's own wording.
 */
export function streamFailure(
  error: unknown,
  internalMessage: string,
): { message: string; close: StreamClose } {
  if (isMockHttpError(error)) {
    const code = error.errorCode;
    if (code === 'AUTHENTICATION_FAILED' || code === 'TASK_NOT_FOUND') {
      return { message: error.message, close: wsCloseCodes[code] };
    }
  }
  return { message: internalMessage, close: wsCloseCodes.INTERNAL_ERROR };
}
