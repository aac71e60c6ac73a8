import { CORRELATION_ID_HEADER } from '@apex-dispatch/contract';

/** The header the service names every request by, as the domain reads it (lower case). */
export const CORRELATION_HEADER = CORRELATION_ID_HEADER.toLowerCase();

/** How the header is spelled where a page is told it may read it. */
export const CORRELATION_HEADER_NAME = CORRELATION_ID_HEADER;

// The service echoes whatever the client sent; only what cannot be a header value sent back
// (control characters, or absurd lengths: the mock's own limit) is replaced.
const ACCEPTABLE_ID = /^[\t\x20-\x7e\x80-\xff]{1,200}$/;

/** The correlation id of a request: the client's own, as sent, else a new UUID. */
export function correlationIdFor(sent: string | undefined): string {
  return sent !== undefined && ACCEPTABLE_ID.test(sent) ? sent : crypto.randomUUID();
}
