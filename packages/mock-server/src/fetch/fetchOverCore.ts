import type { MockCore } from '../domain/createMockCore';
import type { MockRequest } from '../domain/MockRequest';
import { plainFetchRequest } from './plainFetchRequest';

/** `fetch`'s signature. */
// `string | URL | Request` rather than the DOM's RequestInfo, which a Node project's types lack.
export type FetchFunction = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

// Statuses whose Response may carry no body, even an empty one.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

async function toMockRequest(request: Request): Promise<MockRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const hasBody = request.body !== null;
  return {
    method: request.method,
    url: `${url.pathname}${url.search}`,
    headers,
    baseUrl: url.origin,
    ...(hasBody
      ? {
          body: async (limit: number) => {
            const bytes = new Uint8Array(await request.arrayBuffer());
            return bytes.length > limit ? undefined : bytes;
          },
        }
      : {}),
  };
}

/** `fetch` answered by the core in process: a WHATWG Request in, a Response out, no socket. */
export function fetchOverCore(core: MockCore): FetchFunction {
  return async (input, init) => {
    // A Request and its body stream cost more than the core's whole answer: the plain calls
    // (a URL and method, headers and a text or byte body, as the client makes) skip them.
    const plain = plainFetchRequest(input, init);
    let url: string;
    let mockRequest: MockRequest;
    if (plain) {
      url = plain.url;
      mockRequest = plain.request;
    } else {
      const request = new Request(input, init);
      url = request.url;
      mockRequest = await toMockRequest(request);
    }
    const answer = await core.handle(mockRequest);
    // The core's bytes are never over a SharedArrayBuffer.
    const bytes = answer.body as Uint8Array<ArrayBuffer>;
    const body = NULL_BODY.has(answer.status) || mockRequest.method === 'HEAD' ? null : bytes;
    const headers = { ...answer.headers, 'content-length': String(body?.byteLength ?? 0) };
    const response = new Response(body, { status: answer.status, headers });
    // A Response made here has no URL; the client reads it (e.g. to resolve links) as fetch's.
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };
}
