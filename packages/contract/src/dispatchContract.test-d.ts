import type { ServerInferResponses } from '@ts-rest/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type BaseJobRequest,
  type DetailResponse,
  type dispatchContract,
  type MultiPolygon,
  OutputFormatEnum,
  type ParamRequest,
  type Polygon,
  type ProcessingJobSummary,
  ProcessTypeEnum,
  type SyncJobResult,
} from './index';

type CreatedJob = Extract<
  ServerInferResponses<typeof dispatchContract.createUnitJob>,
  { status: 201 }
>['body'];

describe('the seed request in TypeScript', () => {
  it('type-checks with the enum objects, like the Python client', () => {
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
    const params: ParamRequest = { label: body.label, service: body.service };
    expectTypeOf(params.label).toEqualTypeOf<'openeo' | 'ogc_api_process'>();
  });

  it('accepts the enum values as plain strings too', () => {
    expectTypeOf<'ogc_api_process'>().toMatchTypeOf<ProcessTypeEnum>();
    expectTypeOf(ProcessTypeEnum.OGC_API_PROCESS).toEqualTypeOf<'ogc_api_process'>();
    expectTypeOf<OutputFormatEnum>().toEqualTypeOf<'geojson' | 'gtiff' | 'netcdf' | 'json'>();
  });

  it('refuses a request without service', () => {
    // @ts-expect-error service is required
    const body: BaseJobRequest = {
      title: 'Vegetation index',
      label: ProcessTypeEnum.OGC_API_PROCESS,
      parameters: {},
      format: OutputFormatEnum.GEOJSON,
    };
    expectTypeOf(body).toEqualTypeOf<BaseJobRequest>();
  });

  it('refuses a label outside the enum', () => {
    // @ts-expect-error 'wps' is not a ProcessTypeEnum
    const label: ProcessTypeEnum = 'wps';
    expectTypeOf(label).toEqualTypeOf<ProcessTypeEnum>();
  });

  it('types the 201 answer of POST /unit_jobs as ProcessingJobSummary', () => {
    expectTypeOf<CreatedJob>().toEqualTypeOf<ProcessingJobSummary>();
  });
});

describe('the widened answers', () => {
  type SyncAnswer = ServerInferResponses<typeof dispatchContract.createSyncJob>;
  type TileAnswer = Extract<
    ServerInferResponses<typeof dispatchContract.splitInTiles>,
    { status: 201 }
  >['body'];

  it('types createSyncJob as answering 200 or 201', () => {
    expectTypeOf<Extract<SyncAnswer, { status: 200 | 201 }>['status']>().toEqualTypeOf<200 | 201>();
    expectTypeOf<Extract<SyncAnswer, { status: 200 }>['body']>().toEqualTypeOf<SyncJobResult>();
  });

  it('types a tile as a Polygon or a MultiPolygon', () => {
    expectTypeOf<TileAnswer['geometries'][number]>().toEqualTypeOf<Polygon | MultiPolygon>();
  });

  it('types the failures of /params as the detail body', () => {
    type ParamsFailure = z.infer<(typeof dispatchContract.getJobParams.responses)[500]>;
    expectTypeOf<ParamsFailure>().toEqualTypeOf<DetailResponse>();
  });

  it('types splitInTiles without a 401', () => {
    type Statuses = `${keyof typeof dispatchContract.splitInTiles.responses}`;
    expectTypeOf<Statuses>().toEqualTypeOf<'201' | '422' | '500'>();
  });
});
