import type { TokenProvider } from '../DispatchClientOptions';

const OWN_SCHEME = /^bearer\s+/i;

/**
 * The current token of a provider, `undefined` when there is none. A token given with its own
 * scheme (`Bearer eyJ…`, as copied from a header) is taken as meant: the scheme is dropped
 * rather than sent twice (`Bearer Bearer eyJ…`, which the service refuses).
 */
export async function resolveToken(
  provider: TokenProvider | undefined,
): Promise<string | undefined> {
  const token = typeof provider === 'function' ? await provider() : provider;
  if (token === undefined || token === null) return undefined;
  const bare = token.trim().replace(OWN_SCHEME, '');
  return bare === '' ? undefined : bare;
}
