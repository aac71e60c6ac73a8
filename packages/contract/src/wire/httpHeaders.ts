/**
 * The header the service reads a request's correlation id from and answers it in (a new UUID
 * when the request has none); an error envelope's `request_id` repeats it.
 */
export const CORRELATION_ID_HEADER = 'X-Correlation-ID';

/** The challenge FastAPI sends with its 401 to a secured request that has no token. */
export const bearerChallenge = { 'WWW-Authenticate': 'Bearer' } as const;
