import { describe, expect, it } from 'vitest';
import type { ZodTypeAny } from 'zod';
import {
  AssetSchema,
  BaseJobRequestSchema,
  CollectionSchema,
  LinkSchema,
  ogcApiProcessJobRequestExample,
  ParamRequestSchema,
  PolygonSchema,
  TileRequestSchema,
  UpscalingTaskRequestSchema,
} from './index';

const request = ogcApiProcessJobRequestExample;

/** The paths of the fields a schema rejects in `value`. */
const rejectedPaths = (schema: ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
};

const collection = {
  type: 'Collection',
  id: 'job-1',
  description: 'Results of job 1',
  license: 'proprietary',
  links: [{ href: 'https://example.test/job-1', rel: 'self' }],
  extent: {
    spatial: { bbox: [[12, 41, 13, 42]] },
    temporal: { interval: [['2025-05-01T00:00:00Z', null]] },
  },
  assets: { result: { href: 'https://example.test/job-1/result.tif', roles: ['data'] } },
};

describe('requests the service would refuse', () => {
  it.each([
    ['title', 'title'],
    ['label', 'label'],
    ['service', 'service'],
    ['parameters', 'parameters'],
    ['format', 'format'],
  ] as const)('rejects a job request without %s', (field, path) => {
    const { [field]: _, ...rest } = request;
    expect(rejectedPaths(BaseJobRequestSchema, rest)).toEqual([path]);
  });

  it('rejects a service without endpoint or application, with their nested paths', () => {
    const value = { ...request, service: { namespace: 'apex' } };
    expect(rejectedPaths(BaseJobRequestSchema, value)).toEqual([
      'service.endpoint',
      'service.application',
    ]);
  });

  it('rejects unknown enum values', () => {
    expect(rejectedPaths(BaseJobRequestSchema, { ...request, label: 'wps' })).toEqual(['label']);
    expect(rejectedPaths(BaseJobRequestSchema, { ...request, format: 'csv' })).toEqual(['format']);
    expect(rejectedPaths(ParamRequestSchema, { ...request, label: 'OGC_API_PROCESS' })).toEqual([
      'label',
    ]);
  });

  it('rejects wrong types', () => {
    expect(rejectedPaths(BaseJobRequestSchema, { ...request, title: 42 })).toEqual(['title']);
    expect(rejectedPaths(BaseJobRequestSchema, { ...request, parameters: [1, 2] })).toEqual([
      'parameters',
    ]);
    expect(
      rejectedPaths(BaseJobRequestSchema, {
        ...request,
        service: { ...request.service, namespace: 3 },
      }),
    ).toEqual(['service.namespace']);
  });

  it('rejects an upscaling task without dimension values', () => {
    const value = { ...request, dimension: { name: 'spatial_extent', values: [] } };
    expect(rejectedPaths(UpscalingTaskRequestSchema, value)).toEqual(['dimension.values']);
  });

  it('rejects a polygon ring with fewer than four positions and a short position', () => {
    const aoi = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    expect(rejectedPaths(TileRequestSchema, { aoi, grid: '20x20km' })).toEqual([
      'aoi.coordinates.0',
    ]);
    const shortPosition = { type: 'Polygon', coordinates: [[[0, 0], [1], [1, 1], [0, 0]]] };
    expect(rejectedPaths(PolygonSchema, shortPosition)[0]).toBe('coordinates.0.1');
  });

  it('accepts and drops fields the service does not know', () => {
    const parsed = BaseJobRequestSchema.parse({ ...request, priority: 'high' });
    expect(parsed).toEqual(request);
  });

  it('keeps parameters exactly as sent, whatever their keys', () => {
    const parameters = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": 1, "a": {"b": [1]}}',
    );
    const parsed = BaseJobRequestSchema.parse({ ...request, parameters });
    expect(Object.keys(parsed.parameters)).toEqual(['__proto__', 'constructor', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('STAC answers that break the model', () => {
  it('accepts a well-formed collection', () => {
    expect(CollectionSchema.parse(collection).stac_version).toBe('1.0.0');
  });

  it('rejects a bbox with three numbers', () => {
    const value = {
      ...collection,
      extent: { ...collection.extent, spatial: { bbox: [[12, 41, 13]] } },
    };
    expect(rejectedPaths(CollectionSchema, value)).toEqual(['extent.spatial.bbox.0']);
  });

  it('rejects an empty href on assets and links', () => {
    expect(rejectedPaths(AssetSchema, { href: '' })).toEqual(['href']);
    expect(rejectedPaths(LinkSchema, { href: '', rel: 'self' })).toEqual(['href']);
    const value = { ...collection, assets: { result: { href: '' } } };
    expect(rejectedPaths(CollectionSchema, value)).toEqual(['assets.result.href']);
  });

  it('rejects a stac_version that is not semver and a wrong type', () => {
    expect(rejectedPaths(CollectionSchema, { ...collection, stac_version: '1.0' })).toEqual([
      'stac_version',
    ]);
    expect(rejectedPaths(CollectionSchema, { ...collection, type: 'Feature' })).toEqual(['type']);
  });

  it('rejects a temporal interval that is not a pair', () => {
    const value = {
      ...collection,
      extent: { ...collection.extent, temporal: { interval: [['2025-05-01T00:00:00Z']] } },
    };
    expect(rejectedPaths(CollectionSchema, value)).toEqual(['extent.temporal.interval.0']);
  });
});
