// A route's path names its parameters as `:name` (ts-rest's and express's form). Every module
// that reads, fills or matches a path template goes through here, so they cannot disagree.
const PARAM = /:(\w+)/g;

/** The names of a path template's parameters, in order: `/unit_jobs/:job_id` gives `job_id`. */
export const pathParamNames = (path: string): string[] =>
  Array.from(path.matchAll(PARAM), (match) => match[1] ?? '');

/** A path template filled in, each value URL-encoded: `/unit_jobs/7`. */
export const fillPath = (path: string, params: Readonly<Record<string, unknown>>): string =>
  path.replace(PARAM, (_, name: string) => encodeURIComponent(String(params[name])));

/** A path template as OpenAPI and AsyncAPI write it: `/unit_jobs/{job_id}`. */
export const openApiPathOf = (path: string): string => path.replace(PARAM, '{$1}');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching a whole URL path of the template, one named group a parameter. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(PARAM)
    .map((part, index) => (index % 2 === 1 ? `(?<${part}>[^/]+)` : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Matches a URL path against a template: its parameters (still URL-encoded) when it matches,
 * else `undefined`. `matchPath('/unit_jobs/:job_id', '/unit_jobs/7')` gives `{ job_id: '7' }`.
 */
export function matchPath(path: string, urlPath: string): Record<string, string> | undefined {
  const match = pathPattern(path).exec(urlPath);
  return match ? { ...match.groups } : undefined;
}
