import {
  CollectionSchema,
  ErrorResponseSchema,
  JobsStatusResponseSchema,
  ProcessingJobSchema,
  ProcessingJobSummarySchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../testing/testServer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('processing jobs', () => {
  const server = useTestServer({ jobDurationMs: 600 });

  it('numbers jobs 1, 2, 3 and echoes the request', async () => {
    const ids = [];
    for (const title of ['first', 'second', 'third']) {
      const response = await server.post('/unit_jobs', jobRequest({ title }));
      expect(response.status).toBe(201);
      const job = ProcessingJobSummarySchema.parse(await response.json());
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
  });

  it('moves a job from created through queued and running to finished', async () => {
    const created = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest())).json(),
    );
    const seen: string[] = [];
    let last = ProcessingJobSchema.parse(
      await (await server.get(`/unit_jobs/${created.id}`)).json(),
    );
    const started = Date.now();
    while (Date.now() - started < 2000) {
      const response = await server.get(`/unit_jobs/${created.id}`);
      last = ProcessingJobSchema.parse(await response.json());
      if (seen[seen.length - 1] !== last.status) seen.push(last.status);
      if (last.status === 'finished') break;
      await sleep(40);
    }
    expect(seen).toEqual(['created', 'queued', 'running', 'finished']);
    expect(Date.parse(last.updated) - Date.parse(last.created)).toBe(600);
  });

  it('answers results only once a job has finished, as a STAC Collection', async () => {
    const job = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest({ format: 'gtiff' }))).json(),
    );
    const early = await server.get(`/unit_jobs/${job.id}/results`);
    expect(early.status).toBe(404);
    expect(ErrorResponseSchema.parse(await early.json())).toMatchObject({
      error_code: 'RESULTS_NOT_AVAILABLE',
      details: { job_id: job.id, status: 'created' },
    });

    await sleep(650);
    const response = await server.get(`/unit_jobs/${job.id}/results`);
    expect(response.status).toBe(200);
    const collection = CollectionSchema.parse(await response.json());
    expect(collection.stac_version).toBe('1.0.0');
    expect(collection.extent.spatial.bbox).toEqual([[12, 41, 13, 42]]);
    const assets = Object.values(collection.assets ?? {});
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ type: 'image/tiff; application=geotiff', roles: ['data'] });

    const download = await fetch(assets[0]?.href ?? '');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/tiff');
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x4d, 0x4d, 0x00, 0x2a]); // "MM", big-endian TIFF
  });

  it('deletes a job, after which it is gone', async () => {
    const job = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest())).json(),
    );
    const deleted = await server.call(`/unit_jobs/${job.id}`, {
      method: 'DELETE',
      headers: as('alice'),
    });
    expect(deleted.status).toBe(200);
    const after = await server.get(`/unit_jobs/${job.id}`);
    expect(after.status).toBe(404);
    expect(ErrorResponseSchema.parse(await after.json()).error_code).toBe('JOB_NOT_FOUND');
    const again = await server.call(`/unit_jobs/${job.id}`, {
      method: 'DELETE',
      headers: as('alice'),
    });
    expect(again.status).toBe(404);
  });

  it('lists the user’s tasks and their own jobs (not a task’s) in /jobs_status, filtered on request', async () => {
    const mine = ProcessingJobSummarySchema.parse(
      await (await server.post('/unit_jobs', jobRequest(), 'carol')).json(),
    );
    await server.post('/unit_jobs', jobRequest(), 'dave');
    await server.post(
      '/upscale_tasks',
      jobRequest({ dimension: { name: 'collection', values: ['SENTINEL2_L2A', 'LANDSAT8_L2'] } }),
      'carol',
    );
    const all = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status', 'carol')).json(),
    );
    expect(all.processing_jobs.map((job) => job.id)).toEqual([mine.id]);
    expect(all.upscaling_tasks).toHaveLength(1);

    const processing = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status?filter=processing', 'carol')).json(),
    );
    expect(processing.upscaling_tasks).toEqual([]);
    expect(processing.processing_jobs).toHaveLength(1);

    const both = JobsStatusResponseSchema.parse(
      await (await server.get('/jobs_status?filter=upscaling&filter=processing', 'carol')).json(),
    );
    expect(both.upscaling_tasks).toHaveLength(1);
    expect(both.processing_jobs).toHaveLength(1);
  });
});

describe('jobs that end badly', () => {
  const server = useTestServer({ jobDurationMs: 100 });

  it.each(['failed', 'canceled'])(
    'ends a job %s when created with Prefer: status=%s',
    async (status) => {
      const response = await server.post('/unit_jobs', jobRequest(), 'alice', {
        Prefer: `status=${status}`,
      });
      const job = ProcessingJobSummarySchema.parse(await response.json());
      expect(job.status).toBe('created');
      await sleep(150);
      const later = ProcessingJobSchema.parse(
        await (await server.get(`/unit_jobs/${job.id}`)).json(),
      );
      expect(later.status).toBe(status);
      const results = await server.get(`/unit_jobs/${job.id}/results`);
      expect(results.status).toBe(404);
      expect(ErrorResponseSchema.parse(await results.json()).details).toMatchObject({ status });
    },
  );
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
    expect(ids.size).toBe(500);
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
