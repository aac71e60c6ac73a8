import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { createMockFetch } from './createMockFetch';

const URL_ = 'http://mock.test/unit_jobs';
const auth = { Authorization: 'Bearer alice' };
const jobText = JSON.stringify(ogcApiProcessJobRequestExample);

// What a user sees of an answer: its status, body and headers, with the per-request value
// (the correlation id, also an error's request_id) left out.
async function seen(response: Response) {
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => name !== 'x-correlation-id'),
  );
  const body = (await response.text()).replace(/"request_id":"[^"]*"/, '');
  return { status: response.status, url: response.url, headers, body };
}

/**
 * Each call answered twice, by fresh mocks: as called, and with the same arguments made into a
 * Request first, as fetch itself would read them.
 */
async function bothWays(input: string | URL, init?: RequestInit) {
  const direct = createMockFetch();
  const viaRequest = createMockFetch();
  const answers = await Promise.all([
    direct(input, init).then(seen),
    viaRequest(new Request(input, init)).then(seen),
  ]);
  return { answers, recorded: [direct.control.requests(), viaRequest.control.requests()] };
}

describe('createMockFetch reads a call as a Request would', () => {
  it.each<[string, string | URL, RequestInit | undefined]>([
    [
      'a JSON body as text',
      URL_,
      { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: jobText },
    ],
    [
      'a text body naming no type (text/plain, refused)',
      URL_,
      { method: 'POST', headers: auth, body: jobText },
    ],
    [
      'bytes, a lower-case method and a Headers',
      new URL(URL_),
      {
        method: 'post',
        headers: new Headers({ ...auth, 'content-type': 'application/json' }),
        body: new TextEncoder().encode(jobText),
      },
    ],
    [
      'headers as pairs, an ArrayBuffer body',
      URL_,
      {
        method: 'POST',
        headers: [
          ['authorization', 'Bearer alice'],
          ['content-type', 'application/json'],
        ],
        body: new TextEncoder().encode(jobText).buffer,
      },
    ],
    ['a GET with no options', 'http://mock.test/health?x=1#top', undefined],
    ['a HEAD', 'http://mock.test/health', { method: 'head' }],
    [
      'an option only a Request checks',
      URL_,
      { method: 'POST', headers: auth, body: jobText, cache: 'no-store' },
    ],
  ])('%s', async (_, input, init) => {
    const { answers, recorded } = await bothWays(input, init);
    expect(answers[0]).toEqual(answers[1]);
    expect(recorded[0]).toEqual(recorded[1]);
  });

  it('keeps the bytes it was given, whatever the caller does with its buffer afterwards', async () => {
    const mockFetch = createMockFetch();
    const bytes = new TextEncoder().encode(jobText);
    const answer = mockFetch(URL_, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: bytes,
    });
    bytes.fill(0x20);
    const response = await answer;
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ title: ogcApiProcessJobRequestExample.title });
  });

  it.each<[string, string, RequestInit]>([
    ['a GET with a body', URL_, { method: 'GET', body: 'x' }],
    ['credentials in the URL', 'http://user:pw@mock.test/health', {}],
    ['a relative URL', '/health', {}],
    ['a header name fetch refuses', URL_, { headers: { 'bad name': 'x' } }],
    ['a method fetch forbids', URL_, { method: 'CONNECT' }],
  ])('rejects %s with the TypeError fetch throws', async (_, input, init) => {
    const expected = await Promise.resolve()
      .then(() => new Request(input, init))
      .catch((error: unknown) => error);
    expect(expected).toBeInstanceOf(TypeError);
    await expect(createMockFetch()(input, init)).rejects.toThrow((expected as TypeError).message);
  });
});
