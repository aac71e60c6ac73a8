import { authenticationFailed } from '../errors/knownErrors';

// RFC 6750's b64token: what a bearer token may be made of.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function base64UrlText(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return STRICT_UTF8.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function jwtClaims(token: string): object | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(base64UrlText(parts[1] ?? ''));
  } catch {
    throw authenticationFailed();
  }
  if (typeof claims !== 'object' || claims === null) throw authenticationFailed();
  return claims;
}

/**
 * The user a bearer token names at `now` (ms since the epoch): a JWT's `sub` claim (decoded,
 * never verified: this is a mock), or else the token itself. Throws AUTHENTICATION_FAILED for a
 * token that cannot be read, and for a JWT whose `exp` has passed, as PyJWT refuses it.
 */
export function userFromToken(token: string, now: number): string {
  if (!B64TOKEN.test(token)) throw authenticationFailed();
  const claims = jwtClaims(token);
  if (claims === undefined) return token;
  if ('exp' in claims) {
    const { exp } = claims;
    if (typeof exp !== 'number' || !Number.isInteger(exp) || exp <= Math.floor(now / 1000)) {
      throw authenticationFailed();
    }
  }
  const sub = 'sub' in claims ? claims.sub : undefined;
  if (typeof sub !== 'string' || sub === '') throw authenticationFailed();
  return sub;
}
