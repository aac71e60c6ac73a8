import { MimeTypes } from '@apex-dispatch/contract';
import type { MockResponse } from '../MockResponse';

const encoder = new TextEncoder();

/** The body of an answer without one. */
export const NO_BODY = new Uint8Array(0);

/** A JSON answer: `application/json` without a charset, as the service's JSON answers. */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): MockResponse {
  return {
    status,
    headers: { 'content-type': MimeTypes.JSON, ...headers },
    body: encoder.encode(JSON.stringify(body) ?? 'null'),
  };
}

/** A text answer (plain text unless another type is given), in UTF-8. */
export function textAnswer(
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): MockResponse {
  return { status, headers: { 'content-type': contentType }, body: encoder.encode(text) };
}

/** An answer of bytes in the given media type. */
export function bytesAnswer(status: number, contentType: string, bytes: Uint8Array): MockResponse {
  return { status, headers: { 'content-type': contentType }, body: bytes };
}

/** Adds `value` to a comma-separated header such as Vary, once. */
export function appendHeader(headers: Record<string, string>, name: string, value: string): void {
  const current = headers[name];
  if (current === undefined || current === '') {
    headers[name] = value;
    return;
  }
  const listed = current.split(',').map((entry) => entry.trim().toLowerCase());
  if (!listed.includes(value.toLowerCase())) headers[name] = `${current}, ${value}`;
}
