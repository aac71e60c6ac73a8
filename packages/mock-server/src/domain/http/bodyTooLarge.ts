import { MockHttpError } from '../errors/MockHttpError';

/**
 * 413 for a body over the mock's limit (the mock's own: the service sets none). Like the
 * service, the mock neither decodes a Content-Encoding nor judges the Content-Type first.
 */
export const bodyTooLarge = (limit: number): MockHttpError =>
  new MockHttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than the limit of ${limit} bytes.`,
    { details: { limit } },
  );
