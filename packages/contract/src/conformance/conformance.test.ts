import { initContract } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatchContract } from '../dispatchContract';
import { BaseJobRequestSchema } from '../models/BaseJobRequest';
import { ParameterSchema } from '../models/Parameter';
import { openApiPathOf } from '../paths/pathTemplate';
import { metadataOf } from '../routeMetadata';
import { referenceDocument } from '../testing/referenceDocument';
import { compareWithReference, type IntendedDifferences } from './compareWithReference';
import {
  addedStatuses,
  operationSchemaDifferences,
  replacedResponseComponents,
} from './intendedDifferences';

const reference = referenceDocument;
const intended: IntendedDifferences = { addedStatuses, replacedResponseComponents };
const INTENDED_SCHEMA_DIFFERENCES = operationSchemaDifferences.map(({ line }) => line);

describe('the contract against the published OpenAPI document', () => {
  const differences = compareWithReference(reference, dispatchContract, intended);

  it('covers all 11 operations of the reference document', () => {
    const operations = Object.values(reference.paths).flatMap((methods) =>
      Object.keys(methods as object),
    );
    expect(operations).toHaveLength(11);
    expect(Object.keys(dispatchContract)).toHaveLength(11);
    expect(differences.filter((d) => d.endsWith('missing in contract'))).toEqual([]);
  });

  it('differs only where a difference is intended', () => {
    const responseDifferences = differences.filter((d) => !INTENDED_SCHEMA_DIFFERENCES.includes(d));
    expect(responseDifferences).toEqual([]);
  });

  it('still lists each intended difference (none is stale)', () => {
    for (const expected of INTENDED_SCHEMA_DIFFERENCES) expect(differences).toContain(expected);
  });

  it('adds only statuses the reference lacks and the contract has', () => {
    const routes = Object.values(dispatchContract);
    for (const { operation, statuses } of addedStatuses) {
      const [method, path] = operation.split(' ');
      const matching = routes.filter((route) =>
        operation === 'secured'
          ? metadataOf(route).secured
          : route.method === method && openApiPathOf(route.path) === path,
      );
      expect(matching.length, operation).toBeGreaterThan(0);
      for (const route of matching) {
        const documented = reference.paths[openApiPathOf(route.path)]?.[
          route.method.toLowerCase()
        ] as { responses: Record<string, unknown> };
        for (const status of statuses) {
          expect(Object.keys(route.responses), `${operation} ${status}`).toContain(String(status));
          expect(Object.keys(documented.responses), `${operation} ${status}`).not.toContain(
            String(status),
          );
        }
      }
    }
  });
});

describe('the comparison reports a contract that drifts', () => {
  const c = initContract();
  const alter = (overrides: Record<string, unknown>) =>
    c.router({ ...dispatchContract, ...overrides } as typeof dispatchContract);
  const compare = (router: ReturnType<typeof alter>) =>
    compareWithReference(reference, router, intended).filter(
      (d) => !INTENDED_SCHEMA_DIFFERENCES.includes(d),
    );

  it('reports a request field that was dropped', () => {
    const drifted = alter({
      createUnitJob: {
        ...dispatchContract.createUnitJob,
        body: BaseJobRequestSchema.omit({ format: true }),
      },
    });
    expect(compare(drifted)).toEqual(
      expect.arrayContaining([
        'POST /unit_jobs body.format: missing in contract',
        expect.stringContaining('POST /unit_jobs body: required'),
      ]),
    );
  });

  it('reports an enum value that changed', () => {
    const drifted = alter({
      createSyncJob: {
        ...dispatchContract.createSyncJob,
        body: BaseJobRequestSchema.extend({
          format: z.enum(['geojson', 'gtiff', 'netcdf', 'csv']),
        }),
      },
    });
    expect(compare(drifted)).toContain(
      'POST /sync_jobs body.format: values ["geojson","gtiff","json","netcdf"] in reference, ["csv","geojson","gtiff","netcdf"] in contract',
    );
  });

  it('reports a field that became optional, a wrong type, a wrong operationId and a lost status', () => {
    const { 422: _, ...withoutValidationError } = dispatchContract.getJobParams.responses;
    const drifted = alter({
      getJobParams: {
        ...dispatchContract.getJobParams,
        metadata: { ...dispatchContract.getJobParams.metadata, operationId: 'get_params' },
        responses: {
          ...withoutValidationError,
          200: z.array(
            ParameterSchema.extend({ optional: z.string(), description: z.string().optional() }),
          ),
        },
      },
    });
    const found = compare(drifted);
    expect(found).toContain(
      'POST /params: operationId get_job_params_params_post in reference, get_params in contract',
    );
    expect(found).toContain('POST /params 200[].optional: reference boolean, contract string');
    expect(found).toContain(
      'POST /params 200[]: required ["description","name","optional","type"] in reference, ["name","optional","type"] in contract',
    );
    expect(found.some((d) => d.startsWith('POST /params: statuses'))).toBe(true);
  });

  it('reports an integer path id that became a string', () => {
    const drifted = alter({
      getJob: { ...dispatchContract.getJob, pathParams: z.object({ job_id: z.string() }) },
    });
    expect(compare(drifted)).toContain(
      'GET /unit_jobs/{job_id} path.job_id: reference integer, contract string',
    );
  });
});
