import type { ServerResponse } from 'node:http';
import type { MockResponse } from '../domain/MockResponse';

/** Writes the core's answer to a Node response. */
export function writeMockResponse(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  res.statusCode = response.status;
  for (const name in response.headers) {
    const value = response.headers[name];
    if (value !== undefined) res.setHeader(name, value);
  }
  res.setHeader('content-length', response.body.byteLength);
  res.end(response.body);
}
