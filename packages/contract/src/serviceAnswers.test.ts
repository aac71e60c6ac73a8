import { describe, expect, it } from 'vitest';
import {
  DetailResponseSchema,
  dispatchContract,
  ErrorResponseSchema,
  fastApiErrors,
  knownErrors,
  metadataOf,
  ParameterSchema,
  ProcessingJobSchema,
  TileCollectionSchema,
  UpscalingTaskSchema,
} from './index';

// Bodies exactly as the running service sends them (its source, ESA-APEx/apex_dispatch_api).
const service = {
  endpoint: 'https://openeofed.dataspace.copernicus.eu',
  namespace: null,
  application: 'https://example.test/udp.json',
};
const job = {
  id: 7,
  title: 'NDVI',
  label: 'openeo',
  status: 'running',
  service,
  parameters: {},
  created: '2026-05-01T10:00:00',
  updated: '2026-05-01T10:00:05.123456',
};
const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ],
];

describe('timestamps', () => {
  it.each([
    '2026-05-01T10:00:00',
    '2026-05-01T10:00:00.123456',
    '2026-05-01T10:00:00Z',
    '2026-05-01T10:00:00.5+02:00',
  ])('accepts %s on jobs and tasks', (timestamp) => {
    expect(ProcessingJobSchema.safeParse({ ...job, created: timestamp }).success).toBe(true);
    const task = { ...job, created: timestamp, updated: timestamp, jobs: [] };
    expect(UpscalingTaskSchema.safeParse(task).success).toBe(true);
  });

  it.each(['2026-05-01 10:00:00', '01/05/2026 10:00', '2026-05-01', 'yesterday', ''])(
    'rejects %j',
    (timestamp) => {
      const result = ProcessingJobSchema.safeParse({ ...job, updated: timestamp });
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['updated']);
    },
  );
});

describe('parameters of a service', () => {
  const parameter = { name: 'bbox', type: 'bounding-box', optional: false, description: 'Area' };

  it('accepts default null and options [] as the service sends them, and both absent', () => {
    expect(ParameterSchema.parse({ ...parameter, default: null, options: [] })).toEqual({
      ...parameter,
      default: null,
      options: [],
    });
    expect(ParameterSchema.parse(parameter)).toEqual(parameter);
    const withChoices = { ...parameter, type: 'string', default: 'a', options: ['a', 'b'] };
    expect(ParameterSchema.parse(withChoices)).toEqual(withChoices);
  });

  it('rejects options that are not a list', () => {
    expect(ParameterSchema.safeParse({ ...parameter, options: 'a,b' }).success).toBe(false);
    expect(ParameterSchema.safeParse({ ...parameter, options: null }).success).toBe(false);
  });
});

describe('tiles', () => {
  const polygon = { type: 'Polygon', coordinates: square };
  const multiPolygon = { type: 'MultiPolygon', coordinates: [square, square] };

  it('accepts Polygon and MultiPolygon tiles', () => {
    const tiles = { type: 'GeometryCollection', geometries: [polygon, multiPolygon] };
    expect(TileCollectionSchema.parse(tiles).geometries.map(({ type }) => type)).toEqual([
      'Polygon',
      'MultiPolygon',
    ]);
    expect(dispatchContract.splitInTiles.responses[201].safeParse(tiles).success).toBe(true);
  });

  it('rejects a tile that is neither', () => {
    const point = { type: 'Point', coordinates: [0, 0] };
    const tiles = { type: 'GeometryCollection', geometries: [polygon, point] };
    expect(TileCollectionSchema.safeParse(tiles).error?.issues[0]?.path).toEqual(['geometries', 1]);
  });

  it('is public: no token, so no 401', () => {
    expect(metadataOf(dispatchContract.splitInTiles).secured).toBe(false);
    expect(Object.keys(dispatchContract.splitInTiles.responses)).not.toContain('401');
  });
});

describe('error bodies', () => {
  it.each(['JOB_NOT_FOUND', 'TASK_NOT_FOUND'] as const)('accepts %s with details: null', (code) => {
    const body = {
      status: 'error',
      error_code: code,
      message: knownErrors[code].message,
      details: null,
      request_id: 'f3b1c2d4',
    };
    expect(ErrorResponseSchema.parse(body)).toEqual(body);
  });

  it.each(Object.values(fastApiErrors))("accepts FastAPI's own $status body", ({ detail }) => {
    expect(DetailResponseSchema.parse({ detail })).toEqual({ detail });
  });

  it('tells an envelope from a detail body', () => {
    const envelope = { error_code: 'JOB_NOT_FOUND', message: 'The requested job was not found.' };
    expect(DetailResponseSchema.safeParse(envelope).success).toBe(false);
    expect(ErrorResponseSchema.safeParse({ detail: 'Not Found' }).success).toBe(false);
  });

  it('documents /params failures as the detail body the service sends', () => {
    const detail = { detail: 'An error occurred while retrieving service parameters: boom' };
    const failure = dispatchContract.getJobParams.responses[500];
    expect(failure.safeParse(detail).success).toBe(true);
    expect(metadataOf(dispatchContract.getJobParams).detailErrors).toBe(true);
  });
});

describe('synchronous jobs', () => {
  it('answer 200 (what openEO sends) or 201 (what the document says), both raw', () => {
    const { responses } = dispatchContract.createSyncJob;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '201']));
    expect(metadataOf(dispatchContract.createSyncJob).rawResult).toBe(true);
  });
});
