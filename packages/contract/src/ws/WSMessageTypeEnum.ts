import { z } from 'zod';

/** The kinds of message the service's WebSocket streams send. */
export const WSMessageTypeEnum = {
  /** First message of a stream, once the connection is accepted. */
  INIT: 'init',
  /** Sent at each poll, before the status is read. */
  LOADING: 'loading',
  /** The status read at this poll, in `data`. */
  STATUS: 'status',
  /** The stream failed; the server closes it next (code 1011, see wsCloseCodes). */
  ERROR: 'error',
} as const;

export const WSMessageTypeEnumSchema = z.nativeEnum(WSMessageTypeEnum);
export type WSMessageTypeEnum = z.infer<typeof WSMessageTypeEnumSchema>;
