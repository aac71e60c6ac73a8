/**
 * How the service refuses a stream's handshake: it closes before accepting, which a client sees
 * as this HTTP status in answer to its upgrade request. It does so when the query has no token
 * or does not validate; a token that is there but bad is accepted and fails at the first poll
 * (a 1011 `AUTHENTICATION_FAILED` close).
 */
export const wsHandshakeRefusal = {
  status: 403,
  reason: 'no token, or a bad query',
} as const;
