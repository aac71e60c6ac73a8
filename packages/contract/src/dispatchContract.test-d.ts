import type { ServerInferResponses } from '@ts-rest/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BaseJobRequest,
  type dispatchContract,
  OutputFormatEnum,
  type ParamRequest,
  type ProcessingJobSummary,
  ProcessTypeEnum,
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
