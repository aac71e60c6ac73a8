import { fillPath } from '@apex-dispatch/contract';

/**
 * The URL of a route. Arrays in the query become repeated keys (`filter=a&filter=b`), which is
 * what FastAPI reads as a list.
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  params: Record<string, unknown>,
  query: Record<string, unknown> | undefined,
): string {
  const filledPath = fillPath(path, params);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const queryString = search.toString();
  return `${baseUrl}${filledPath}${queryString ? `?${queryString}` : ''}`;
}
