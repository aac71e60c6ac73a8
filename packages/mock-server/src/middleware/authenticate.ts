import type { NextFunction, Request, Response } from 'express';
import { userFromToken } from '../auth/userFromToken';
import { fastApiError } from '../errors/fastApiError';

/** The user every request is made as when authentication is off. */
export const ANONYMOUS_USER = 'anonymous';

/**
 * Names the user of a request from its `Authorization: Bearer <token>` header, as the real
 * service's OAuth2 scheme does: no bearer header at all is FastAPI's own 401 body.
 */
export function authenticate(
  enabled: boolean,
): (req: Pick<Request, 'get'>, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (!enabled) {
      res.locals.user = ANONYMOUS_USER;
      next();
      return;
    }
    const header = req.get('Authorization') ?? '';
    const space = header.indexOf(' ');
    const scheme = space === -1 ? header : header.slice(0, space);
    if (header === '' || scheme.toLowerCase() !== 'bearer') {
      throw fastApiError('NOT_AUTHENTICATED', { 'WWW-Authenticate': 'Bearer' });
    }
    res.locals.user = userFromToken(space === -1 ? '' : header.slice(space + 1).trim());
    next();
  };
}

/** The user the request was authenticated as. */
export function userOf(res: Response): string {
  const user: unknown = res.locals.user;
  return typeof user === 'string' ? user : ANONYMOUS_USER;
}
