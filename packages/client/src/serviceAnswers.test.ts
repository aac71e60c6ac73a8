import { pydanticMessages, unclosedRingReason } from '@apex-dispatch/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BaseJobRequest,
  createDispatchClient,
  DispatchApiError,
  type DispatchClient,
  DispatchValidationError,
  GridTypeEnum,
  isDispatchApiError,
  isDispatchValidationError,
  type TileRequest,
} from './index';
import {
  JSON_UDP,
  KNOWN_UDP,
  OPENEO_ENDPOINT,
  SERVICE_TOKEN,
  startServiceDouble,
  TIFF_BYTES,
  TIMESERIES,
} from './testing/startServiceDouble';
import type { TestServer } from './testing/startTestServer';

// Every method against a server that answers as the real service does (see startServiceDouble).
const body: BaseJobRequest = {
  title: 'Variability map',
  label: 'openeo',
  service: { endpoint: OPENEO_ENDPOINT, application: KNOWN_UDP },
  parameters: { temporal_extent: ['2025-05-01', '2025-05-31'] },
  format: 'geojson',
};
const square: [number, number][][] = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ],
];

let server: TestServer;
let client: DispatchClient;

beforeEach(async () => {
  server = await startServiceDouble();
  client = createDispatchClient({ baseUrl: server.url, token: SERVICE_TOKEN });
});

afterEach(() => server.close());

/** The error a call rejects with. */
const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

describe('successes as the service sends them', () => {
  it('createUnitJob: 201 with the summary', async () => {
    await expect(client.createUnitJob(body)).resolves.toMatchObject({
      id: 3,
      title: body.title,
      status: 'created',
      service: { ...body.service, namespace: null },
    });
  });

  it('createSyncJob: 200 (not the documented 201) with the GeoTIFF the graph saves, whatever `format` says', async () => {
    const output = await client.createSyncJob(body);
    if (output.kind !== 'binary') throw new Error('expected bytes');
    expect(output.contentType).toBe('image/tiff');
    expect(Buffer.from(output.data).equals(TIFF_BYTES)).toBe(true);
    const detailed = await client.detailed.createSyncJob({ ...body, format: 'gtiff' });
    expect(detailed.status).toBe(200);
  });

  it('createSyncJob: a graph that saves JSON answers JSON, read as such', async () => {
    const service = { ...body.service, application: JSON_UDP };
    await expect(client.createSyncJob({ ...body, service })).resolves.toEqual({
      kind: 'json',
      contentType: 'application/json',
      data: TIMESERIES,
    });
  });

  it('getJobParams: parameters with `default: null` and `options: []`', async () => {
    const params = await client.getJobParams({ label: 'openeo', service: body.service });
    expect(params).toEqual([
      expect.objectContaining({ name: 'spatial_extent', default: null, options: [] }),
      expect.objectContaining({ name: 'temporal_extent', default: ['2025-05-01', '2025-05-31'] }),
    ]);
  });

  it('getJob: naive UTC timestamps come back marked UTC, read right by `new Date`', async () => {
    const job = await client.getJob(1);
    expect(job.created).toBe('2026-05-01T10:00:00.123456Z');
    expect(job.updated).toBe('2026-05-01T10:05:00Z');
    expect(new Date(job.created).toISOString()).toBe('2026-05-01T10:00:00.123Z');
    const detailed = await client.detailed.getJob(1);
    if (!detailed.ok) throw new Error('expected a job');
    expect(detailed.body.updated).toBe('2026-05-01T10:05:00Z');
  });

  it('getJobResults: a STAC Collection with the platform asset keys', async () => {
    const results = await client.getJobResults(1);
    expect(Object.keys(results?.assets ?? {})).toEqual(['openEO.tif']);
  });

  it('deleteJob: 200 null', async () => {
    await expect(client.deleteJob(1)).resolves.toBeNull();
  });

  it('getJobsStatus: the lists', async () => {
    const status = await client.getJobsStatus();
    expect(status.processing_jobs.map((job) => job.id)).toEqual([1, 2]);
    expect(status.upscaling_tasks.map((task) => task.id)).toEqual([5]);
  });

  it('createUpscaleTask and getUpscaleTask: timestamps marked UTC', async () => {
    const task = await client.createUpscaleTask({
      ...body,
      dimension: { name: 'temporal_extent', values: [['2025-05-01', '2025-05-31']] },
    });
    expect(task).toEqual({ id: 5, title: body.title, label: 'openeo', status: 'created' });
    const full = await client.getUpscaleTask(task.id);
    expect([full.created, full.updated]).toEqual([
      '2026-05-01T10:00:00.123456Z',
      '2026-05-01T10:05:00Z',
    ]);
    expect(full.jobs.map((job) => job.title)).toEqual(['Task 5 - Processing Job 1']);
  });

  it('splitInTiles: public (no token sent), Polygon and MultiPolygon tiles', async () => {
    const request: TileRequest = {
      aoi: { type: 'Polygon', coordinates: square },
      grid: GridTypeEnum.VALUE_20X20KM,
    };
    const tiles = await client.splitInTiles(request);
    expect(tiles.geometries.map((tile) => tile.type)).toEqual(['Polygon', 'MultiPolygon']);
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
    const anonymous = createDispatchClient({ baseUrl: server.url });
    await expect(anonymous.splitInTiles(request)).resolves.toEqual(tiles);
  });

  it('health: without a token', async () => {
    const anonymous = createDispatchClient({ baseUrl: server.url });
    await expect(anonymous.health()).resolves.toEqual({ status: 'ok', database: { status: 'ok' } });
  });
});

describe('failures as the service sends them', () => {
  it('no token: FastAPI 401 `{"detail": "Not authenticated"}` on every secured method', async () => {
    const anonymous = createDispatchClient({ baseUrl: server.url });
    const calls: [string, () => Promise<unknown>][] = [
      ['createUnitJob', () => anonymous.createUnitJob(body)],
      ['createSyncJob', () => anonymous.createSyncJob(body)],
      ['getJobParams', () => anonymous.getJobParams({ label: 'openeo', service: body.service })],
      ['getJob', () => anonymous.getJob(1)],
      ['deleteJob', () => anonymous.deleteJob(1)],
      ['getJobResults', () => anonymous.getJobResults(1)],
      ['getJobsStatus', () => anonymous.getJobsStatus()],
      [
        'createUpscaleTask',
        () => anonymous.createUpscaleTask({ ...body, dimension: { name: 'x', values: [1] } }),
      ],
      ['getUpscaleTask', () => anonymous.getUpscaleTask(5)],
    ];
    for (const [operation, call] of calls) {
      const error = await failure(call());
      expect(error, operation).toBeInstanceOf(DispatchApiError);
      expect(error, operation).toMatchObject({
        operation,
        status: 401,
        errorCode: undefined,
        message: 'Not authenticated',
      });
    }
  });

  it('a refused token: the AUTHENTICATION_FAILED envelope', async () => {
    const expired = createDispatchClient({ baseUrl: server.url, token: 'EXPIRED' });
    await expect(failure(expired.getJob(1))).resolves.toMatchObject({
      status: 401,
      errorCode: 'AUTHENTICATION_FAILED',
      message: 'Could not validate credentials. Please retry signing in.',
    });
  });

  it('getJobParams: 500 `{"detail"}` becomes a DispatchApiError with the service words', async () => {
    const error = await failure(
      client.getJobParams({
        label: 'openeo',
        service: { endpoint: OPENEO_ENDPOINT, application: 'https://example.test/missing.json' },
      }),
    );
    expect(isDispatchApiError(error)).toBe(true);
    expect(error).toMatchObject({
      operation: 'getJobParams',
      status: 500,
      errorCode: undefined,
      message:
        'An error occurred while retrieving service parameters: Could not fetch https://example.test/missing.json',
      details: undefined,
      requestId: 'req-1',
    });
  });

  it('getJob, deleteJob, getJobResults: JOB_NOT_FOUND with `details: null`', async () => {
    for (const call of [client.getJob, client.deleteJob, client.getJobResults]) {
      await expect(failure(call(99))).resolves.toMatchObject({
        status: 404,
        errorCode: 'JOB_NOT_FOUND',
        message: 'The requested job was not found.',
        details: undefined,
      });
    }
  });

  it('getUpscaleTask: TASK_NOT_FOUND with `details: null`', async () => {
    const error = await failure(client.getUpscaleTask(99));
    expect(error).toMatchObject({
      status: 404,
      errorCode: 'TASK_NOT_FOUND',
      message: 'The requested task was not found.',
    });
    expect((error as DispatchApiError).body).toMatchObject({ details: null });
  });

  it('getJobResults of an unfinished job: 500 INTERNAL_ERROR with the platform reason', async () => {
    await expect(failure(client.getJobResults(2))).resolves.toMatchObject({
      status: 500,
      errorCode: 'INTERNAL_ERROR',
      message:
        'An error occurred while retrieving processing job results: JobNotFinished: job is running',
      details: { error: 'JobNotFinished: job is running' },
    });
  });

  it('createSyncJob on OGC API Processes: 500, not implemented by the service', async () => {
    const error = await failure(client.createSyncJob({ ...body, label: 'ogc_api_process' }));
    expect(error).toMatchObject({
      status: 500,
      errorCode: 'INTERNAL_ERROR',
      message:
        'An error occurred while creating the synchronous job: OGC API Process job execution not implemented yet.',
      details: { error: 'OGC API Process job execution not implemented yet.' },
    });
  });

  it('createUnitJob on an unknown backend: 500 INTERNAL_ERROR', async () => {
    const elsewhere = { ...body, service: { ...body.service, endpoint: 'https://x.example.test' } };
    const error = await failure(client.createUnitJob(elsewhere));
    expect(error).toMatchObject({ status: 500, errorCode: 'INTERNAL_ERROR' });
    // The service's words first, then its reason, which only `details.error` held.
    expect((error as Error).message).toBe(
      'An error occurred while creating processing job: Unsupported backend',
    );
  });

  it('an invalid body: DispatchValidationError with the envelope issues', async () => {
    const error = await failure(
      client.createUnitJob({ ...body, label: 'wps' } as unknown as BaseJobRequest),
    );
    expect(isDispatchValidationError(error)).toBe(true);
    expect((error as DispatchValidationError).message).toBe(
      "Request validation failed: body.label: Input should be 'openeo' or 'ogc_api_process'",
    );
    expect((error as DispatchValidationError).issues).toEqual([
      {
        type: 'enum',
        loc: ['body', 'label'],
        msg: "Input should be 'openeo' or 'ogc_api_process'",
      },
    ]);
  });

  it('splitInTiles with an open ring: 422', async () => {
    const open = [square[0]?.slice(0, 4) ?? []];
    const error = await failure(
      client.splitInTiles({ aoi: { type: 'Polygon', coordinates: open }, grid: '20x20km' }),
    );
    expect(error).toBeInstanceOf(DispatchValidationError);
    // geojson_pydantic 2.1.1's words, which a 0.7.2 deployment answers.
    expect((error as DispatchValidationError).issues).toEqual([
      {
        type: 'value_error',
        loc: ['body', 'aoi', 'coordinates'],
        msg: pydanticMessages.value_error(unclosedRingReason),
      },
    ]);
    expect((error as Error).message).toContain(
      'All linear rings MUST have the same start and end coordinates',
    );
  });

  it('a wrong base URL: FastAPI 404 `{"detail": "Not Found"}`', async () => {
    const lost = createDispatchClient({ baseUrl: `${server.url}/api`, token: SERVICE_TOKEN });
    await expect(failure(lost.health())).resolves.toMatchObject({
      operation: 'health',
      status: 404,
      errorCode: undefined,
      message: `Not Found: GET ${server.url}/api/health (no such route there: is baseUrl right?)`,
    });
  });

  it('a service without an operation: FastAPI 405 `{"detail": "Method Not Allowed"}`', async () => {
    const older = await startServiceDouble({ without: ['deleteJob'] });
    try {
      const olderClient = createDispatchClient({ baseUrl: older.url, token: SERVICE_TOKEN });
      await expect(failure(olderClient.deleteJob(1))).resolves.toMatchObject({
        status: 405,
        message: `Method Not Allowed: DELETE ${older.url}/unit_jobs/1 (no such route there: is baseUrl right?)`,
      });
    } finally {
      await older.close();
    }
  });
});
