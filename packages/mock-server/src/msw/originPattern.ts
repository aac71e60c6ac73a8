/**
 * Every URL under `origin`, whatever its path. A pattern without groups: MSW decodes what a
 * path pattern captures, and a path that is no valid escape (`/unit_jobs/%E0`) would fail there
 * instead of reaching the mock, which answers it as Starlette does.
 */
export const originPattern = (origin: string): RegExp =>
  new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);
