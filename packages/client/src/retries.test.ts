import {
  ogcApiProcessJobRequestExample,
  ogcApiProcessParamRequestExample,
} from '@apex-dispatch/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatchClient, DispatchAbortError, DispatchApiError } from './index';
import { sendJson, startTestServer, type TestServer } from './testing/startTestServer';

const body = ogcApiProcessJobRequestExample;
const summary = {
  id: 1,
  title: body.title,
  label: body.label,
  status: 'created',
  service: body.service,
  parameters: body.parameters,
};
const unavailable = {
  status: 'error',
  error_code: 'SERVICE_UNAVAILABLE',
  message: 'Try again later.',
};

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers with each step in turn, the last one forever after. */
const scripted = async (
  ...steps: ((res: Parameters<Parameters<typeof startTestServer>[0]>[1]) => void)[]
) => {
  server = await startTestServer((_, res) => {
    const step = steps[Math.min((server?.requests.length ?? 1) - 1, steps.length - 1)];
    step?.(res);
  });
  return server;
};

const fast = { minDelayMs: 1, maxDelayMs: 20 };

describe('retries', () => {
  it('503 then 201: job creation succeeds when the caller opts in', async () => {
    const { url, requests } = await scripted(
      (res) => sendJson(res, 503, unavailable, { 'Retry-After': '0' }),
      (res) => sendJson(res, 201, summary),
    );
    const client = createDispatchClient({
      baseUrl: url,
      token: 'T',
      retry: { ...fast, retryJobCreation: true },
    });
    await expect(client.createUnitJob(body)).resolves.toEqual(summary);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body.equals(requests[0]?.body ?? Buffer.alloc(0))).toBe(true);
  });

  it('does not repeat job creation by default, since a second POST can make a second job', async () => {
    const { url, requests } = await scripted(
      (res) => sendJson(res, 503, unavailable),
      (res) => sendJson(res, 201, summary),
    );
    const client = createDispatchClient({ baseUrl: url, token: 'T', retry: fast });
    await expect(client.createUnitJob(body)).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('repeats reads and /params on 429, 502, 503 and 504', async () => {
    const params = [{ name: 'bbox', type: 'bounding-box', optional: false, description: 'Area' }];
    const { url, requests } = await scripted(
      (res) => sendJson(res, 429, unavailable),
      (res) => sendJson(res, 502, unavailable),
      (res) => sendJson(res, 504, unavailable),
      (res) => sendJson(res, 200, params),
    );
    const client = createDispatchClient({ baseUrl: url, token: 'T', retry: fast });
    await expect(client.getJobParams(ogcApiProcessParamRequestExample)).resolves.toEqual(params);
    expect(requests).toHaveLength(4);
  });

  it('repeats after a network error', async () => {
    const health = { status: 'ok', database: { status: 'ok' } };
    const { url, requests } = await scripted(
      (res) => res.socket?.destroy(),
      (res) => sendJson(res, 200, health),
    );
    const client = createDispatchClient({ baseUrl: url, retry: fast });
    await expect(client.health()).resolves.toEqual(health);
    expect(requests).toHaveLength(2);
  });

  it('gives up after `retries` and throws the last answer', async () => {
    const { url, requests } = await scripted((res) => sendJson(res, 503, unavailable));
    const client = createDispatchClient({
      baseUrl: url,
      token: 'T',
      retry: { ...fast, retries: 2 },
    });
    const error = await client.getJob(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(error).toMatchObject({
      status: 503,
      errorCode: 'SERVICE_UNAVAILABLE',
      message: 'Try again later. (after 3 attempts)',
    });
    expect(requests).toHaveLength(3);
  });

  it('says how many attempts a network failure took', async () => {
    const client = createDispatchClient({
      baseUrl: 'http://127.0.0.1:1',
      token: 'T',
      retry: { ...fast, retries: 1 },
    });
    const error = await client.getJob(1).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DispatchNetworkError' });
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:1\/unit_jobs\/1 failed: .*\(after 2 attempts\)$/,
    );
  });

  it('never repeats other errors, such as 500 or 404', async () => {
    const { url, requests } = await scripted((res) => sendJson(res, 500, unavailable));
    const client = createDispatchClient({ baseUrl: url, token: 'T', retry: fast });
    await expect(client.getJob(1)).rejects.toMatchObject({ status: 500 });
    expect(requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says', async () => {
    const { url } = await scripted(
      (res) => sendJson(res, 503, unavailable, { 'Retry-After': '1' }),
      (res) => sendJson(res, 200, { status: 'ok' }),
    );
    const client = createDispatchClient({ baseUrl: url, retry: { minDelayMs: 1 } });
    const started = Date.now();
    await client.health();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('can be turned on for one call, and aborted while it waits', async () => {
    const { url, requests } = await scripted((res) =>
      sendJson(res, 503, unavailable, { 'Retry-After': '30' }),
    );
    const client = createDispatchClient({ baseUrl: url, token: 'T' });
    const controller = new AbortController();
    const pending = client.getJob(1, { retry: { maxDelayMs: 60_000 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(DispatchAbortError);
    expect(requests).toHaveLength(1);
  });

  it('asks the token function again for each attempt', async () => {
    const { url, requests } = await scripted(
      (res) => sendJson(res, 503, unavailable),
      (res) => sendJson(res, 200, { status: 'ok' }),
    );
    let calls = 0;
    const client = createDispatchClient({
      baseUrl: url,
      token: () => `t${++calls}`,
      retry: fast,
    });
    await client.getJobsStatus({}, { retry: fast }).catch(() => undefined);
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });
});
