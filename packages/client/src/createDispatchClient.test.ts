import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DispatchTimeoutError } from './errors/DispatchTimeoutError';
import {
  type BaseJobRequest,
  createDispatchClient,
  GridTypeEnum,
  JobsFilter,
  OutputFormatEnum,
  ProcessTypeEnum,
} from './index';
import {
  type RecordedRequest,
  sendJson,
  startTestServer,
  type TestServer,
} from './testing/startTestServer';

const body: BaseJobRequest = {
  title: 'Vegetation index',
  label: ProcessTypeEnum.OGC_API_PROCESS,
  service: {
    endpoint: 'https://processes.example.test',
    application: '/processes/vegetation-index',
    namespace: 'apex',
  },
  parameters: { collection: 'SENTINEL2_L2A', bbox: [12.0, 41.0, 13.0, 42.0], format_: 'kept' },
  format: OutputFormatEnum.GEOJSON,
};

const summary = {
  id: 7,
  title: body.title,
  label: body.label,
  status: 'created',
  service: body.service,
  parameters: body.parameters,
};
const job = { ...summary, created: '2026-11-28T10:00:00Z', updated: '2026-11-28T10:00:00Z' };
const task = { id: 3, title: 't', label: 'openeo', status: 'created' };
const polygon = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ] as [number, number][],
  ],
};

// Success answers that satisfy the contract, by route.
const answers: Record<string, [number, unknown]> = {
  'POST /unit_jobs': [201, summary],
  'POST /sync_jobs': [201, { type: 'FeatureCollection', features: [] }],
  'POST /params': [
    200,
    [{ name: 'bbox', type: 'bounding-box', optional: false, description: 'Area' }],
  ],
  'GET /unit_jobs/7': [200, job],
  'GET /unit_jobs/7/results': [200, null],
  'DELETE /unit_jobs/7': [200, null],
  'GET /jobs_status': [200, { upscaling_tasks: [], processing_jobs: [summary] }],
  'POST /upscale_tasks': [201, task],
  'GET /upscale_tasks/3': [
    200,
    { ...task, service: body.service, created: job.created, updated: job.updated, jobs: [] },
  ],
  'POST /tiles': [201, { type: 'GeometryCollection', geometries: [polygon] }],
  'GET /health': [200, { status: 'ok', database: { status: 'ok' } }],
};

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer((request, response) => {
    const key = `${request.method} ${request.url.split('?')[0]}`;
    const [status, answer] = answers[key] ?? [404, { detail: 'Not Found' }];
    sendJson(response, status, answer, { 'X-Correlation-ID': 'corr-1' });
  });
});

afterEach(() => server.close());

const only = (): RecordedRequest => {
  expect(server.requests).toHaveLength(1);
  return server.requests[0] as RecordedRequest;
};

const jsonOf = (request: RecordedRequest): unknown => JSON.parse(request.body.toString('utf8'));

describe('requests as the server sees them', () => {
  it('posts a job with the exact JSON body, field `format` included', async () => {
    const client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
    const created = await client.createUnitJob(body);
    const request = only();
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/unit_jobs');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.authorization).toBe('Bearer TOKEN');
    expect(jsonOf(request)).toEqual(body);
    expect(Object.keys(jsonOf(request) as object)).toContain('format');
    expect(created).toEqual(summary);
  });

  it.each([
    ['createSyncJob', 'POST', '/sync_jobs'],
    ['getJobParams', 'POST', '/params'],
    ['createUpscaleTask', 'POST', '/upscale_tasks'],
    ['splitInTiles', 'POST', '/tiles'],
  ] as const)('%s sends %s %s with its body', async (operation, method, path) => {
    const client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
    const payloads = {
      createSyncJob: body,
      getJobParams: { label: body.label, service: body.service },
      createUpscaleTask: { ...body, dimension: { name: 'collection', values: ['A', 'B'] } },
      splitInTiles: { aoi: polygon, grid: GridTypeEnum.VALUE_20X20KM },
    };
    const payload = payloads[operation];
    await (client[operation] as (b: typeof payload) => Promise<unknown>)(payload);
    const request = only();
    expect([request.method, request.url]).toEqual([method, path]);
    expect(request.headers['content-type']).toBe('application/json');
    expect(jsonOf(request)).toEqual(payload);
  });

  it('puts ids in the path and sends no body on GET and DELETE', async () => {
    const client = createDispatchClient({ baseUrl: `${server.url}/`, token: 'TOKEN' });
    await expect(client.getJob(7)).resolves.toEqual(job);
    await expect(client.getJobResults(7)).resolves.toBeNull();
    await client.deleteJob(7);
    await client.getUpscaleTask(3);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /unit_jobs/7',
      'GET /unit_jobs/7/results',
      'DELETE /unit_jobs/7',
      'GET /upscale_tasks/3',
    ]);
    for (const request of server.requests) {
      expect(request.body).toHaveLength(0);
      expect(request.headers['content-type']).toBeUndefined();
    }
  });

  it('repeats `filter` in the query of GET /jobs_status, as FastAPI reads lists', async () => {
    const client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
    await client.getJobsStatus({ filter: [JobsFilter.UPSCALING, JobsFilter.PROCESSING] });
    await client.getJobsStatus({ filter: [JobsFilter.PROCESSING] });
    await client.getJobsStatus();
    expect(server.requests.map((r) => r.url)).toEqual([
      '/jobs_status?filter=upscaling&filter=processing',
      '/jobs_status?filter=processing',
      '/jobs_status',
    ]);
  });

  it('keeps a path prefix of the base URL', async () => {
    const prefixed = await startTestServer((request, response) =>
      sendJson(response, 200, { status: 'ok', seen: request.url }),
    );
    try {
      const client = createDispatchClient({ baseUrl: `${prefixed.url}/api/v1` });
      await client.health();
      expect(prefixed.requests[0]?.url).toBe('/api/v1/health');
    } finally {
      await prefixed.close();
    }
  });
});

describe('authentication', () => {
  it('sends a string token as `Authorization: Bearer <token>`', async () => {
    await createDispatchClient({ baseUrl: server.url, token: 'abc' }).getJob(7);
    expect(only().headers.authorization).toBe('Bearer abc');
  });

  it('takes a token given with its own "Bearer " as meant, not as "Bearer Bearer"', async () => {
    await createDispatchClient({ baseUrl: server.url, token: 'Bearer abc' }).getJob(7);
    expect(only().headers.authorization).toBe('Bearer abc');
  });

  it('calls an async token function before every request, so tokens can refresh', async () => {
    let calls = 0;
    const client = createDispatchClient({
      baseUrl: server.url,
      token: async () => `token-${++calls}`,
    });
    await client.getJob(7);
    await client.getJob(7);
    expect(calls).toBe(2);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('uses another header name and prefix when asked', async () => {
    await createDispatchClient({
      baseUrl: server.url,
      token: 'abc',
      authHeaderName: 'X-Api-Key',
      authPrefix: 'Token',
    }).getJob(7);
    const request = only();
    expect(request.headers['x-api-key']).toBe('Token abc');
    expect(request.headers.authorization).toBeUndefined();
  });

  it("sends the raw token with authPrefix ''", async () => {
    await createDispatchClient({ baseUrl: server.url, token: 'abc', authPrefix: '' }).getJob(7);
    expect(only().headers.authorization).toBe('abc');
  });

  it('sends no Authorization header without a token, nor to /health', async () => {
    await createDispatchClient({ baseUrl: server.url }).getJob(7);
    let calls = 0;
    await createDispatchClient({ baseUrl: server.url, token: () => `t${++calls}` }).health();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
    expect(calls).toBe(0);
  });

  it('sends client headers, overridden per call', async () => {
    const client = createDispatchClient({
      baseUrl: server.url,
      token: 'abc',
      headers: { 'X-Correlation-ID': 'client-wide', 'X-App': 'demo' },
    });
    await client.getJob(7, { headers: { 'X-Correlation-ID': 'this-call' } });
    const request = only();
    expect(request.headers['x-correlation-id']).toBe('this-call');
    expect(request.headers['x-app']).toBe('demo');
  });
});

describe('detailed responses', () => {
  it('give status, headers and typed body', async () => {
    const client = createDispatchClient({ baseUrl: server.url, token: 'abc' });
    const response = await client.detailed.createUnitJob(body);
    expect(response.ok).toBe(true);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe('corr-1');
    expect(response.body).toEqual(summary);
  });

  it('resolve on an error status instead of throwing', async () => {
    const client = createDispatchClient({ baseUrl: server.url, token: 'abc' });
    const response = await client.detailed.getJob(404);
    expect(response.ok).toBe(false);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not Found' });
    if (!response.ok) {
      expect(response.error.message).toBe(
        `Not Found: GET ${server.url}/unit_jobs/404 (no such route there: is baseUrl right?)`,
      );
    }
  });
});

describe('custom fetch', () => {
  it('is used for every request, with the URL and init the client built', async () => {
    const seen: [string, RequestInit][] = [];
    const client = createDispatchClient({
      baseUrl: 'https://dispatch.example.test',
      token: 'abc',
      fetch: async (input, init) => {
        seen.push([input, init]);
        return new Response(JSON.stringify(job), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    await expect(client.getJob(7)).resolves.toEqual(job);
    expect(seen).toHaveLength(1);
    const [url, init] = seen[0] ?? ['', {}];
    expect(url).toBe('https://dispatch.example.test/unit_jobs/7');
    expect(init.method).toBe('GET');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer abc');
  });

  it('still times out when the fetch ignores its signal', async () => {
    const client = createDispatchClient({
      baseUrl: 'https://dispatch.example.test',
      timeoutMs: 50,
      fetch: () => new Promise<Response>(() => {}),
    });
    await expect(client.health()).rejects.toBeInstanceOf(DispatchTimeoutError);
  });
});
