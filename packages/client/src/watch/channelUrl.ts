import { buildUrl } from '../internal/buildUrl';

/**
 * The WebSocket URL of a stream: `baseUrl` (relative to the page in a browser) with `http`
 * turned into `ws` and `https` into `wss`, the channel's path, and the query.
 */
export function channelUrl(
  baseUrl: string,
  path: string,
  params: Record<string, unknown>,
  query: Record<string, unknown>,
): string {
  const page = typeof location === 'undefined' ? undefined : location.href;
  const url = new URL(buildUrl(baseUrl.replace(/\/+$/, ''), path, params, query), page);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  return url.href;
}
