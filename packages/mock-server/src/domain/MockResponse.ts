/** An answer of the core: the adapter writes it as it is. */
export type MockResponse = {
  readonly status: number;
  /** Header names lower-cased; `content-length` is the adapter's to set from the body. */
  readonly headers: Record<string, string>;
  /** Empty for an answer without a body (and for every answer to HEAD). */
  readonly body: Uint8Array;
};
