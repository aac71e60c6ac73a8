import { fastApiError } from '../errors/fastApiError';
import { userFromToken } from './userFromToken';

/** The user every request is made as when authentication is off. */
export const ANONYMOUS_USER = 'anonymous';

/**
 * The user of a request from its `Authorization: Bearer <token>` header at `now`, as the
 * service's OAuth2 scheme reads it: no bearer header at all is FastAPI's own 401 body.
 */
export function authenticate(authorization: string | undefined, now: number): string {
  const header = authorization ?? '';
  const space = header.indexOf(' ');
  const scheme = space === -1 ? header : header.slice(0, space);
  if (header === '' || scheme.toLowerCase() !== 'bearer') {
    throw fastApiError('NOT_AUTHENTICATED');
  }
  return userFromToken(space === -1 ? '' : header.slice(space + 1).trim(), now);
}
