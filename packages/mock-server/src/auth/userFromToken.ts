import { authenticationFailed } from '../errors/knownErrors';

// RFC 6750's b64token: what a bearer token may be made of.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

function jwtSubject(token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw authenticationFailed();
  }
  if (typeof claims !== 'object' || claims === null || !('sub' in claims)) {
    throw authenticationFailed();
  }
  const { sub } = claims;
  if (typeof sub !== 'string' || sub === '') throw authenticationFailed();
  return sub;
}

/**
 * The user a bearer token names: a JWT's `sub` claim (decoded, never verified: this is a mock),
 * or else the token itself. Throws AUTHENTICATION_FAILED for a token that cannot be read.
 */
export function userFromToken(token: string): string {
  if (!B64TOKEN.test(token)) throw authenticationFailed();
  return jwtSubject(token) ?? token;
}
