import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/**
 * A WebSocket stream failed: the handshake was refused or never completed (`opened` false,
 * `code` 1006), the server closed it on an error (1011 with `reason` `TASK_NOT_FOUND`,
 * `AUTHENTICATION_FAILED` or `INTERNAL_ERROR`, and `serverMessage` the text of its `error`
 * message), the connection dropped, or a message broke the contract (`code` 1007).
 */
export class DispatchStreamError extends DispatchError {
  /** The stream's path, e.g. `/ws/upscale_tasks/7` (never its query, which holds the token). */
  readonly path: string;
  /** The close code: 1011 server error, 1008 policy, 1006 no close frame (refused or dropped). */
  readonly code: number;
  /** The close reason, the service's error code on a 1011 close; `''` when none was given. */
  readonly reason: string;
  /** The `message` of the server's last `error` message, if it sent one. */
  readonly serverMessage: string | undefined;
  /** Whether the connection was ever open: `false` for a refused or failed handshake. */
  readonly opened: boolean;

  constructor(init: {
    path: string;
    code: number;
    reason: string;
    serverMessage?: string | undefined;
    opened: boolean;
    message: string;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.path = init.path;
    this.code = init.code;
    this.reason = init.reason;
    this.serverMessage = init.serverMessage;
    this.opened = init.opened;
  }
}

/** Whether `error` is the failure of a WebSocket stream. */
export const isDispatchStreamError = nameErrorClass(DispatchStreamError, 'DispatchStreamError');
