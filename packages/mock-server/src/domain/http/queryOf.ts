/**
 * A query string (with or without its `?`) as the routes' schemas read it: a key sent once is a
 * string, a repeated key an array of its values.
 */
export function queryOf(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (search === '' || search === '?') return query;
  for (const [key, value] of new URLSearchParams(search)) {
    const current = query[key];
    if (current === undefined) query[key] = value;
    else if (Array.isArray(current)) current.push(value);
    else query[key] = [current, value];
  }
  return query;
}
