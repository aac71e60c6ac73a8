const PATH_PARAM = /:(\w+)/g;

/** The names of a route path's parameters, in order: `/unit_jobs/:job_id` gives `job_id`. */
export const pathParamNames = (path: string): string[] =>
  Array.from(path.matchAll(PATH_PARAM), (match) => match[1] ?? '');

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
  const filledPath = path.replace(PATH_PARAM, (_, name: string) =>
    encodeURIComponent(String(params[name])),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const queryString = search.toString();
  return `${baseUrl}${filledPath}${queryString ? `?${queryString}` : ''}`;
}
