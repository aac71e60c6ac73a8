import { bearerChallenge, CORRELATION_ID_HEADER } from './httpHeaders';

/** The headers whose names and values are facts of the service's wire, beyond HTTP's own. */
export const wireHeaders = {
  /**
   * On every answer of the service: the client's own id when it sent one, else a new one. An
   * error envelope's `request_id` is this header's value.
   */
  correlationId: CORRELATION_ID_HEADER,
  /** FastAPI's challenge with its 401 `Not authenticated` (a request without `Authorization`). */
  notAuthenticatedChallenge: {
    name: 'WWW-Authenticate',
    value: bearerChallenge['WWW-Authenticate'],
  },
} as const;
