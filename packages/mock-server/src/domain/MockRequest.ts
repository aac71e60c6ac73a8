/**
 * Reads a request's body, up to `limit` bytes: undefined when it is larger. The adapter reads
 * only when the core asks (a POST to a route that takes a body), so that a path's 404 or 405
 * never waits for a body.
 */
export type BodyReader = (limit: number) => Promise<Uint8Array | undefined>;

/**
 * A request as the core reads it, whatever carried it: plain data, so that an adapter builds it
 * without allocating a WHATWG Request.
 */
export type MockRequest = {
  /** Upper case, as sent: `GET`, `POST`. */
  readonly method: string;
  /** The raw path and query string, still percent-encoded: `/unit_jobs/7?x=1`. */
  readonly url: string;
  /** The request's headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Scheme and host the client reached the mock at, for absolute links: `http://127.0.0.1:8000`. */
  readonly baseUrl: string;
  /** The body's bytes, or a function reading them. */
  readonly body?: Uint8Array | BodyReader;
};
