import { describe, expectTypeOf, it } from 'vitest';
import {
  type BaseJobRequest,
  type CallOptions,
  type Collection,
  createDispatchClient,
  type DispatchApiError,
  type HealthResponse,
  type JobsFilter,
  type JobsStatusResponse,
  OutputFormatEnum,
  type Parameter,
  type ParamRequest,
  type ProcessingJob,
  type ProcessingJobSummary,
  ProcessTypeEnum,
  type SyncJobOutput,
  type TileCollection,
  type TileRequest,
  type UpscalingTask,
  type UpscalingTaskRequest,
  type UpscalingTaskSummary,
} from './index';

const client = createDispatchClient({ baseUrl: 'http://127.0.0.1:8000', token: 'TOKEN' });

describe('method return types', () => {
  it('resolves each operation to the success body of the contract', () => {
    expectTypeOf(client.createUnitJob).returns.resolves.toEqualTypeOf<ProcessingJobSummary>();
    expectTypeOf(client.createSyncJob).returns.resolves.toEqualTypeOf<SyncJobOutput>();
    expectTypeOf(client.getJobParams).returns.resolves.toEqualTypeOf<Parameter[]>();
    expectTypeOf(client.getJob).returns.resolves.toEqualTypeOf<ProcessingJob>();
    expectTypeOf(client.getJobResults).returns.resolves.toEqualTypeOf<Collection | null>();
    expectTypeOf(client.deleteJob).returns.resolves.toEqualTypeOf<unknown>();
    expectTypeOf(client.getJobsStatus).returns.resolves.toEqualTypeOf<JobsStatusResponse>();
    expectTypeOf(client.createUpscaleTask).returns.resolves.toEqualTypeOf<UpscalingTaskSummary>();
    expectTypeOf(client.getUpscaleTask).returns.resolves.toEqualTypeOf<UpscalingTask>();
    expectTypeOf(client.splitInTiles).returns.resolves.toEqualTypeOf<TileCollection>();
    expectTypeOf(client.health).returns.resolves.toEqualTypeOf<HealthResponse>();
  });
});

describe('method arguments', () => {
  it('takes the body, the path id or the query, then call options', () => {
    expectTypeOf(client.createUnitJob).parameters.toEqualTypeOf<
      [body: BaseJobRequest, options?: CallOptions]
    >();
    expectTypeOf(client.getJobParams).parameters.toEqualTypeOf<
      [body: ParamRequest, options?: CallOptions]
    >();
    expectTypeOf(client.createUpscaleTask).parameters.toEqualTypeOf<
      [body: UpscalingTaskRequest, options?: CallOptions]
    >();
    expectTypeOf(client.splitInTiles).parameters.toEqualTypeOf<
      [body: TileRequest, options?: CallOptions]
    >();
    expectTypeOf(client.getJob).parameters.toEqualTypeOf<[id: number, options?: CallOptions]>();
    expectTypeOf(client.deleteJob).parameters.toEqualTypeOf<[id: number, options?: CallOptions]>();
    expectTypeOf(client.getUpscaleTask).parameters.toEqualTypeOf<
      [id: number, options?: CallOptions]
    >();
    expectTypeOf(client.getJobsStatus).parameters.toEqualTypeOf<
      [query?: { filter?: JobsFilter[] | undefined }, options?: CallOptions]
    >();
    expectTypeOf(client.health).parameters.toEqualTypeOf<[options?: CallOptions]>();
  });

  it('rejects a body that breaks the contract', () => {
    client.createUnitJob({
      title: 't',
      label: 'openeo',
      service: { endpoint: 'e', application: 'a' },
      parameters: {},
      // @ts-expect-error `format_` is the Python name; the wire field is `format`
      format_: 'json',
    });
    // @ts-expect-error ids are numbers
    client.getJob('42');
  });
});

describe('enums', () => {
  it('are values and types at once', () => {
    expectTypeOf(ProcessTypeEnum.OGC_API_PROCESS).toEqualTypeOf<'ogc_api_process'>();
    expectTypeOf(ProcessTypeEnum.OGC_API_PROCESS).toExtend<ProcessTypeEnum>();
    expectTypeOf<ProcessTypeEnum>().toEqualTypeOf<'openeo' | 'ogc_api_process'>();
    expectTypeOf<'openeo'>().toExtend<ProcessTypeEnum>();
    expectTypeOf(OutputFormatEnum.GEOJSON).toEqualTypeOf<'geojson'>();
  });
});

describe('detailed responses', () => {
  it('are a union keyed by status', async () => {
    const response = await client.detailed.createUnitJob({} as BaseJobRequest);
    if (response.status === 201) {
      expectTypeOf(response.body).toEqualTypeOf<ProcessingJobSummary>();
    } else {
      expectTypeOf(response.ok).toEqualTypeOf<false>();
      expectTypeOf(response.body).toEqualTypeOf<unknown>();
      if (!response.ok) expectTypeOf(response.error).toEqualTypeOf<DispatchApiError>();
    }
    expectTypeOf(response.headers).toEqualTypeOf<Headers>();
  });

  it('carries the sync job output, on 200 (what the service sends) and 201 (its document)', async () => {
    const response = await client.detailed.createSyncJob({} as BaseJobRequest);
    if (response.ok) {
      expectTypeOf(response.status).toEqualTypeOf<200 | 201>();
      expectTypeOf(response.body).toEqualTypeOf<SyncJobOutput>();
      if (response.body.kind === 'binary')
        expectTypeOf(response.body.data).toEqualTypeOf<Uint8Array>();
    }
    if (response.status === 200) expectTypeOf(response.body).toEqualTypeOf<SyncJobOutput>();
    if (response.status === 201) expectTypeOf(response.body).toEqualTypeOf<SyncJobOutput>();
    if (response.status === 500) expectTypeOf(response.body).toEqualTypeOf<unknown>();
  });
});

describe('errorCode', () => {
  it("offers the contract's known codes and still takes any other string", () => {
    const code = {} as DispatchApiError['errorCode'];
    expectTypeOf<'JOB_NOT_FOUND'>().toMatchTypeOf<typeof code>();
    expectTypeOf<'A_CODE_ADDED_LATER'>().toMatchTypeOf<typeof code>();
  });
});
