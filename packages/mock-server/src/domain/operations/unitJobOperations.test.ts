import {
  CollectionSchema,
  ErrorResponseSchema,
  JobsStatusResponseSchema,
  ogcApiProcessJobRequestExample,
  openEoJobRequestExample,
  ProcessingJobSchema,
  ProcessingJobSummarySchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../../testing/testServer';

const START = Date.parse('2026-05-01T10:00:00Z');

/** A time as the service writes it: naive UTC, microseconds only when not zero. */
const naive = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/\.000Z$/, '')
    .replace(/(\.\d{3})Z$/, '$1000');

const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [5.17, 51.24],
      [5.18, 51.24],
      [5.18, 51.25],
      [5.17, 51.24],
    ],
  ],
};

/**
 * The contract's openEO example with its area as a Polygon: the service converts a bounding-box
 * parameter from a Polygon, and refuses the example's own FeatureCollection.
 */
const openEoRequest = (overrides: Record<string, unknown> = {}) => ({
  ...openEoJobRequestExample,
  parameters: { ...openEoJobRequestExample.parameters, spatial_extent: AREA },
  ...overrides,
});

/** A server whose clock stands still until the test moves it. */
function useClockedServer(jobDurationMs: number, options = {}) {
  const time = { now: START };
  const server = useTestServer({ jobDurationMs, clock: () => time.now, ...options });
  return { server, time };
}

describe('processing jobs', () => {
  const { server, time } = useClockedServer(600);
  const create = async (overrides: Record<string, unknown> = {}, user = 'alice', prefer = '') => {
    const response = await server.post(
      '/unit_jobs',
      jobRequest(overrides),
      user,
      prefer ? { Prefer: prefer } : {},
    );
    expect(response.status).toBe(201);
    return ProcessingJobSummarySchema.parse(await response.json());
  };
  const read = async (id: number) =>
    ProcessingJobSchema.parse(await (await server.get(`/unit_jobs/${id}`)).json());

  it('numbers jobs 1, 2, 3 and echoes the request, with namespace null when not given', async () => {
    const ids = [];
    for (const title of ['first', 'second', 'third']) {
      const job = await create({ title });
      expect(job).toMatchObject({
        title,
        label: 'ogc_api_process',
        status: 'created',
        service: jobRequest().service,
        parameters: jobRequest().parameters,
      });
      ids.push(job.id);
    }
    expect(ids).toEqual([1, 2, 3]);
    const openEo = await server.post('/unit_jobs', openEoRequest());
    expect((await openEo.json()).service).toEqual({
      endpoint: openEoJobRequestExample.service.endpoint,
      namespace: null,
      application: openEoJobRequestExample.service.application,
    });
  });

  it('moves a job from created through queued and running to finished, by the clock', async () => {
    const { id } = await create();
    const seen = [];
    for (const step of [0, 200, 200, 200]) {
      time.now += step;
      seen.push((await read(id)).status);
    }
    expect(seen).toEqual(['created', 'queued', 'running', 'finished']);
  });

  it('gives created and updated as naive UTC timestamps, as the service does', async () => {
    time.now = Math.ceil(time.now / 1000) * 1000 + 1000; // a whole second
    const { id } = await create();
    const created = time.now;
    time.now += 250; // queued since 200 ms
    const job = await read(id);
    expect(job.created).toBe(new Date(created).toISOString().slice(0, 19));
    expect(job.updated).toBe(`${new Date(created).toISOString().slice(0, 19)}.200000`);
    expect(naive(created + 200)).toBe(job.updated);
  });

  it('refuses results until the job has finished: the platform’s refusal in a 500', async () => {
    const { id } = await create({ format: 'gtiff' });
    const early = await server.get(`/unit_jobs/${id}/results`);
    expect(early.status).toBe(500);
    expect(ErrorResponseSchema.parse(await early.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while retrieving processing job results.',
      details: { error: expect.stringContaining('(404)') },
    });

    time.now += 600;
    const response = await server.get(`/unit_jobs/${id}/results`);
    expect(response.status).toBe(200);
    const collection = CollectionSchema.parse(await response.json());
    expect(collection?.stac_version).toBe('1.0.0');
    expect(collection?.extent.spatial.bbox).toEqual([[12, 41, 13, 42]]);
    expect(Object.keys(collection?.assets ?? {})).toEqual(['openEO.tif']);
    const asset = collection?.assets?.['openEO.tif'];
    expect(asset).toMatchObject({ type: 'image/tiff; application=geotiff', roles: ['data'] });

    const download = await server.call(asset?.href ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/tiff');
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x4d, 0x4d, 0x00, 0x2a]); // "MM", big-endian TIFF
  });

  it.each([
    ['netcdf', 'openEO.nc'],
    ['geojson', 'vectorcube.geojson'],
    ['json', 'timeseries.json'],
  ])('names a %s result %s, as openEO does', async (format, key) => {
    const { id } = await create({ format });
    time.now += 600;
    const collection = CollectionSchema.parse(
      await (await server.get(`/unit_jobs/${id}/results`)).json(),
    );
    expect(Object.keys(collection?.assets ?? {})).toEqual([key]);
  });

  it('answers an openEO job’s unfinished results with openEO’s refusal', async () => {
    const { id } = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', openEoRequest())).json(),
    );
    const response = await server.get(`/unit_jobs/${id}/results`);
    expect(response.status).toBe(500);
    expect((await response.json()).details.error).toMatch(/^\[400\] JobNotFinished: /);
  });

  it('answers 404 with details null for results of a job that is not the user’s', async () => {
    const { id } = await create();
    time.now += 600;
    const response = await server.get(`/unit_jobs/${id}/results`, 'mallory');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'JOB_NOT_FOUND',
      message: 'The requested job was not found.',
      details: null,
    });
  });

  it('deletes a job, after which it is gone', async () => {
    const { id } = await create();
    const remove = () =>
      server.call(`/unit_jobs/${id}`, { method: 'DELETE', headers: as('alice') });
    expect((await remove()).status).toBe(200);
    const after = await server.get(`/unit_jobs/${id}`);
    expect(after.status).toBe(404);
    expect(ErrorResponseSchema.parse(await after.json())).toMatchObject({
      error_code: 'JOB_NOT_FOUND',
      details: null,
    });
    expect((await remove()).status).toBe(404);
  });

  it('lists the user’s tasks and their own jobs (not a task’s) in /jobs_status', async () => {
    const mine = await create({}, 'carol');
    await create({}, 'dave');
    await server.post(
      '/upscale_tasks',
      jobRequest({ dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] } }),
      'carol',
    );
    time.now += 1000; // the task's jobs exist by now
    const status = async (query: string) =>
      JobsStatusResponseSchema.parse(
        await (await server.get(`/jobs_status${query}`, 'carol')).json(),
      );

    const all = await status('');
    expect(all.processing_jobs.map((job) => job.id)).toEqual([mine.id]);
    expect(all.upscaling_tasks).toHaveLength(1);
    const processing = await status('?filter=processing');
    expect(processing.upscaling_tasks).toEqual([]);
    expect(processing.processing_jobs).toHaveLength(1);
    const both = await status('?filter=upscaling&filter=processing');
    expect(both.upscaling_tasks).toHaveLength(1);
    expect(both.processing_jobs).toHaveLength(1);
  });

  it.each(['failed', 'canceled'])('ends a job %s for Prefer: status=%s', async (status) => {
    const job = await create({}, 'alice', `status=${status}`);
    expect(job.status).toBe('created');
    time.now += 600;
    expect((await read(job.id)).status).toBe(status);
    const results = await server.get(`/unit_jobs/${job.id}/results`);
    expect(results.status).toBe(500);
    expect(ErrorResponseSchema.parse(await results.json()).details).toHaveProperty('error');
  });

  it('leaves a job unknown for Prefer: status=unknown, and keeps it so', async () => {
    const job = await create({}, 'alice', 'status=unknown');
    time.now += 600;
    expect((await read(job.id)).status).toBe('unknown');
    time.now += 60_000;
    expect((await read(job.id)).status).toBe('unknown');
  });
});

describe('submitting jobs the way the service does', () => {
  const server = useTestServer({ backends: ['https://openeo.example.test'] });
  const refusal = async (body: Record<string, unknown>) => {
    const response = await server.post('/unit_jobs', body, 'erin');
    expect(response.status).toBe(500);
    const error = ErrorResponseSchema.parse(await response.json());
    expect(error).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while creating processing job.',
    });
    return error.details?.error;
  };
  const openEo = openEoRequest;

  it('accepts the backends of the service, the examples and the catalogue', async () => {
    for (const endpoint of [
      'https://openeofed.dataspace.copernicus.eu',
      'https://openeo.dataspace.copernicus.eu',
    ]) {
      const service = { ...openEoJobRequestExample.service, endpoint };
      expect((await server.post('/unit_jobs', openEo({ service }))).status).toBe(201);
    }
    for (const endpoint of [
      'https://platform.eo/',
      ogcApiProcessJobRequestExample.service.endpoint,
    ]) {
      const service = { ...ogcApiProcessJobRequestExample.service, endpoint };
      expect((await server.post('/unit_jobs', jobRequest({ service }))).status).toBe(201);
    }
  });

  it('accepts a backend added by the backends option', async () => {
    const service = { ...openEoJobRequestExample.service, endpoint: 'https://openeo.example.test' };
    expect((await server.post('/unit_jobs', openEo({ service }))).status).toBe(201);
  });

  it('refuses an openEO backend it is not configured for, and stores nothing', async () => {
    const service = { ...openEoJobRequestExample.service, endpoint: 'https://openeo.other.test' };
    expect(await refusal(openEo({ service }))).toBe(
      'No OpenEO backend configuration found for URL: https://openeo.other.test',
    );
    const status = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status', 'erin')).json(),
    );
    expect(status.processing_jobs).toEqual([]);
  });

  it('refuses an OGC API Processes endpoint it is not configured for', async () => {
    const service = { ...ogcApiProcessJobRequestExample.service, endpoint: 'https://ogc.test' };
    expect(await refusal(jobRequest({ service }))).toBe("'https://ogc.test'");
  });

  it('takes a GeoJSON Polygon or a west/south/east/north box for a bounding-box parameter', async () => {
    const box = { west: 5.17, south: 51.24, east: 5.18, north: 51.25 };
    const response = await server.post(
      '/unit_jobs',
      openEo({ parameters: { ...openEoJobRequestExample.parameters, spatial_extent: box } }),
    );
    expect(response.status).toBe(201);
    expect((await response.json()).parameters.spatial_extent).toEqual(box);
  });

  it.each([
    [
      { type: 'Point', coordinates: [5, 51] },
      'Unsupported GeoJSON type for parameter spatial_extent: Point',
    ],
    [
      { west: 5, south: 51, east: 6 },
      'Unsupported GeoJSON type for parameter spatial_extent: None',
    ],
    [[5, 51, 6, 52], "'list' object has no attribute 'get'"],
    [
      { type: 'Polygon', coordinates: [] },
      "Invalid GeoJSON geometry for parameter spatial_extent: {'type': 'Polygon', 'coordinates': []}",
    ],
  ])('refuses the bounding-box parameter %j of a catalogued openEO service', async (value, why) => {
    expect(
      await refusal(
        openEo({ parameters: { ...openEoJobRequestExample.parameters, spatial_extent: value } }),
      ),
    ).toBe(why);
  });

  it('converts no parameter of an OGC API Processes service', async () => {
    const response = await server.post(
      '/unit_jobs',
      jobRequest({ parameters: { ...(jobRequest().parameters as object), bbox: [1, 2, 3, 4] } }),
    );
    expect(response.status).toBe(201);
  });

  it('refuses a title longer than its database column (255 characters)', async () => {
    expect((await server.post('/unit_jobs', jobRequest({ title: 'é'.repeat(255) }))).status).toBe(
      201,
    );
    expect(await refusal(jobRequest({ title: 'x'.repeat(256) }))).toMatch(
      /value too long for type character varying\(255\)/,
    );
  });
});

describe('concurrent creates', () => {
  const server = useTestServer({ jobDurationMs: 0 });

  it('gives 500 simultaneous creates 500 distinct, retrievable jobs', async () => {
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        server.post('/unit_jobs', jobRequest({ title: `job ${i}` })),
      ),
    );
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const jobs = await Promise.all(
      responses.map(async (response) => ProcessingJobSummarySchema.parse(await response.json())),
    );
    const ids = new Set(jobs.map((job) => job.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));

    const fetched = await Promise.all(
      jobs.map(async (job) =>
        ProcessingJobSchema.parse(await (await server.get(`/unit_jobs/${job.id}`)).json()),
      ),
    );
    expect(fetched.map((job) => job.title)).toEqual(jobs.map((job) => job.title));
    const status = JobsStatusResponseSchema.parse(await (await server.get('/jobs_status')).json());
    expect(status.processing_jobs).toHaveLength(500);
  });
});
