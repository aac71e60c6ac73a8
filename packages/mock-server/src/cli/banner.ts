/** What the start banner needs to know of the running server. */
export type BannerFacts = {
  url: string;
  version: string;
  auth: boolean;
  /** Said on the Docs line while the docs site is still being built (by `pnpm start`). */
  docsNote?: string | undefined;
};

/**
 * The lines printed once the server listens. Every address in it answers in a browser: the
 * service's `/` is a 404 and so is the mock's, so the API line shows `/health`, and says which
 * base URL a client takes.
 */
export function banner({ url, version, auth, docsNote }: BannerFacts): string {
  const { host } = new URL(url);
  const token = auth
    ? [
        '  Token:    any bearer token works (Authorization: Bearer alice); each token stands for',
        '            a user of its own, whose jobs and tasks no other token sees',
      ]
    : ['  Token:    none needed (--no-auth): every request is the same anonymous user'];
  return [
    `APEx Dispatch API mock server ${version} is running on ${host}`,
    `  API:      ${url}/health  (the base URL for a client is ${url})`,
    `  Docs:     ${url}/docs  ${docsNote ?? '(API reference with "Try it out", guides)'}`,
    `  OpenAPI:  ${url}/openapi.json`,
    `  AsyncAPI: ${url}/asyncapi.json  (its streams: ${url.replace(/^http/, 'ws')}/ws/...)`,
    ...token,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
