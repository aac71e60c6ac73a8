import { openEoJobRequestExample } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BaseJobRequest,
  createDispatchClient,
  DispatchApiError,
  type DispatchClient,
  DispatchValidationError,
  JobsFilter,
  OutputFormatEnum,
  ProcessTypeEnum,
} from './index';

// The scenario of the Python client's guide "Submit Processing Jobs", against the mock server.
let server: MockServer;
let client: DispatchClient;

const body: BaseJobRequest = {
  title: 'Vegetation index',
  label: ProcessTypeEnum.OGC_API_PROCESS,
  service: {
    endpoint: 'https://processes.example.test',
    application: '/processes/vegetation-index',
    namespace: 'apex',
  },
  parameters: { collection: 'SENTINEL2_L2A', bbox: [12.0, 41.0, 13.0, 42.0] },
  format: OutputFormatEnum.GEOJSON,
};

// The service runs synchronous jobs on openEO only: OGC API Processes answer 500 for now.
const syncBody: BaseJobRequest = { ...openEoJobRequestExample, format: OutputFormatEnum.GEOJSON };

beforeAll(async () => {
  server = await startMockServer({ port: 0, jobDurationMs: 0 });
  client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
});

afterAll(() => server.close());

describe('submit processing jobs, end to end', () => {
  it('creates a unit job and tracks it by id', async () => {
    const job = await client.createUnitJob(body);
    expect(job).toMatchObject({
      title: body.title,
      label: body.label,
      service: body.service,
      parameters: body.parameters,
    });
    expect(Number.isInteger(job.id)).toBe(true);

    const tracked = await client.getJob(job.id);
    expect(tracked.id).toBe(job.id);
    // The mock sends naive UTC timestamps, as the service does; the client marks them UTC.
    expect(tracked.created).toMatch(/Z$/);
    const status = await client.getJobsStatus({ filter: [JobsFilter.PROCESSING] });
    expect(status.upscaling_tasks).toEqual([]);
    expect(status.processing_jobs.map((j) => j.id)).toContain(job.id);
  });

  it('runs a synchronous openEO job and gets the GeoTIFF its UDP produces, asked for GeoJSON (200)', async () => {
    const response = await client.detailed.createSyncJob(syncBody);
    expect(response.status).toBe(200);
    if (!response.ok) throw response.error;
    expect(response.body.kind).toBe('binary');
    expect(response.body.contentType).toBe('image/tiff');
  });

  it('is refused a synchronous OGC API Processes job, as the service refuses it', async () => {
    const error = await client.createSyncJob(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(error).toMatchObject({
      status: 500,
      errorCode: 'INTERNAL_ERROR',
      message:
        'An error occurred while creating the synchronous job: OGC API Process job execution not implemented yet.',
    });
  });

  it('gets the same GeoTIFF bytes whatever `format` says, as the service ignores it', async () => {
    const tiff = await client.createSyncJob({ ...syncBody, format: OutputFormatEnum.GTIFF });
    const netcdf = await client.createSyncJob({ ...syncBody, format: OutputFormatEnum.NETCDF });
    if (tiff.kind !== 'binary' || netcdf.kind !== 'binary') throw new Error('expected bytes');
    expect([...tiff.data.subarray(0, 4)]).toEqual(
      tiff.data[0] === 0x49 ? [0x49, 0x49, 0x2a, 0x00] : [0x4d, 0x4d, 0x00, 0x2a],
    );
    expect(Buffer.from(netcdf.data).equals(Buffer.from(tiff.data))).toBe(true);
  });

  it('requests the parameters of the service', async () => {
    const params = await client.getJobParams({
      label: ProcessTypeEnum.OGC_API_PROCESS,
      service: body.service,
    });
    expect(params.map((param) => [param.name, param.type, param.optional])).toEqual(
      expect.arrayContaining([
        ['collection', 'string', false],
        ['bbox', 'bounding-box', false],
      ]),
    );
  });

  it('deletes a job, after which it is not found', async () => {
    const job = await client.createUnitJob(body);
    await client.deleteJob(job.id);
    const error = await client.getJob(job.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(error).toMatchObject({ status: 404, errorCode: 'JOB_NOT_FOUND' });
  });

  it('reports the errors of the service as typed errors', async () => {
    const anonymous = createDispatchClient({ baseUrl: server.url });
    await expect(anonymous.createUnitJob(body)).rejects.toMatchObject({
      status: 401,
      message: 'Not authenticated',
    });

    const invalid = { ...body, label: 'wps' } as unknown as BaseJobRequest;
    const error = await client.createUnitJob(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DispatchValidationError);
    expect((error as DispatchValidationError).issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ loc: ['body', 'label'] })]),
    );

    const response = await client.detailed.getJob(999_999, {
      headers: { 'X-Correlation-ID': 'seed-404' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-correlation-id')).toBe('seed-404');
    if (!response.ok) expect(response.error.requestId).toBe('seed-404');
  });

  it('covers the other operations too: results and upscaling tasks', async () => {
    const job = await client.createUnitJob(body);
    const results = await client.getJobResults(job.id);
    expect(results?.type).toBe('Collection');
    expect(Object.keys(results?.assets ?? {})).not.toHaveLength(0);

    const task = await client.createUpscaleTask({
      ...body,
      dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] },
    });
    const full = await client.getUpscaleTask(task.id);
    expect(full.jobs).toHaveLength(2);
  });

  it('reports health without a token', async () => {
    await expect(createDispatchClient({ baseUrl: server.url }).health()).resolves.toMatchObject({
      status: 'ok',
    });
  });
});
