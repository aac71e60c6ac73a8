/**
 * How the service ends a stream. A refused handshake is a close before accept, which the
 * client sees as an HTTP 403 answer to its upgrade request, not as a close frame.
 */
export const wsCloseCodes = {
  /** Handshake without `token` (1008, policy violation): refused, HTTP 403. */
  MISSING_TOKEN: { code: 1008, reason: 'Missing token' },
  /** The token cannot be read or has expired, found at the first poll (1011). */
  AUTHENTICATION_FAILED: { code: 1011, reason: 'AUTHENTICATION_FAILED' },
  /** No such upscaling task, or another user's (1011). */
  TASK_NOT_FOUND: { code: 1011, reason: 'TASK_NOT_FOUND' },
  /** Any other failure while reading the status (1011). */
  INTERNAL_ERROR: { code: 1011, reason: 'INTERNAL_ERROR' },
} as const;

/** The reason of a 1011 close: the error code of the failure that ended the stream. */
export type WSErrorCloseReason = Exclude<keyof typeof wsCloseCodes, 'MISSING_TOKEN'>;

/**
 * How every open stream ends when the server shuts down: uvicorn's 1012 (service restart) with
 * an empty reason, sent without an `error` message.
 */
export const wsShutdownClose = { code: 1012, reason: '' } as const;
