import type { ServerResponse } from 'node:http';
import {
  CORRELATION_ID_HEADER,
  dispatchContract,
  fastApiErrors,
  healthBodies,
  type KnownErrorCode,
  knownErrors,
  MimeTypes,
  metadataOf,
  ProcessTypeEnum,
  pathPattern,
  pydanticMessages,
  rawResultMediaTypeOf,
  routeFailureTemplates,
  unclosedRingReason,
} from '@apex-dispatch/contract';
import {
  type RecordedRequest,
  sendJson,
  startTestServer,
  type TestServer,
} from './startTestServer';

// A stand-in for the real APEx Dispatch service (0.7.2), answering as its source does rather than
// as its published document says: 200 raw sync results (a GeoTIFF whatever `format` says),
// naive UTC timestamps, `details: null` on not-found envelopes, FastAPI's `{"detail"}` bodies,
// `/tiles` without a token. Its wire facts (paths, messages, headers, media types) come from the
// contract, as everywhere else; what it adds is a few records and the service's behaviour.

export const SERVICE_TOKEN = 'TOKEN';
export const OPENEO_ENDPOINT = 'https://openeofed.dataspace.copernicus.eu';
export const KNOWN_UDP = 'https://example.test/udp/variabilitymap.json';
/** A UDP whose graph saves JSON: its synchronous answer is JSON, not the usual GeoTIFF. */
export const JSON_UDP = 'https://example.test/udp/timeseries.json';
/** The JSON a synchronous job of `JSON_UDP` answers. */
export const TIMESERIES = { '2025-05-01T00:00:00Z': [[0.42]] };
/** Bytes a synchronous openEO job answers for a GeoTIFF. */
export const TIFF_BYTES = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0xff, 0x00]);

const service = { endpoint: OPENEO_ENDPOINT, application: KNOWN_UDP, namespace: null };
const summary = (id: number, status: string) => ({
  id,
  title: `Job ${id}`,
  label: 'openeo',
  status,
  service,
  parameters: { temporal_extent: ['2025-05-01', '2025-05-31'] },
});
const timestamps = { created: '2026-05-01T10:00:00.123456', updated: '2026-05-01T10:05:00' };
const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ],
];

type Answer = (
  request: RecordedRequest,
  response: ServerResponse,
  reply: Reply,
  id: number | undefined,
) => void;
type Reply = {
  json: (status: number, body: unknown, headers?: Record<string, string>) => void;
  /** The error envelope of a known code, in its words unless `message` says otherwise. */
  envelope: (code: KnownErrorCode, details: unknown, message?: string) => void;
};
type OperationName = keyof typeof dispatchContract;

// The message of a route's own 500, as the contract's route metadata words it.
const failureOf = (name: OperationName) => metadataOf(dispatchContract[name]).failureMessage;

const jsonBody = (request: RecordedRequest): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const answers: Partial<Record<OperationName, Answer>> = {
  createUnitJob: (request, _, reply) => {
    const body = jsonBody(request);
    const labels: readonly unknown[] = Object.values(ProcessTypeEnum);
    if (!labels.includes(body.label)) {
      reply.envelope('VALIDATION_ERROR', {
        errors: [
          {
            type: 'enum',
            loc: ['body', 'label'],
            msg: pydanticMessages.enum(labels),
            input: body.label,
          },
        ],
      });
    } else if ((body.service as { endpoint?: unknown })?.endpoint !== OPENEO_ENDPOINT) {
      reply.envelope(
        'INTERNAL_ERROR',
        { error: 'Unsupported backend' },
        failureOf('createUnitJob'),
      );
    } else {
      reply.json(201, { ...summary(3, 'created'), title: body.title });
    }
  },
  createSyncJob: (request, response, reply) => {
    const body = jsonBody(request);
    const { application } = (body.service ?? {}) as { application?: unknown };
    if (body.label === ProcessTypeEnum.OGC_API_PROCESS) {
      reply.envelope(
        'INTERNAL_ERROR',
        { error: 'OGC API Process job execution not implemented yet.' },
        failureOf('createSyncJob'),
      );
    } else if (application === JSON_UDP) {
      reply.json(200, TIMESERIES);
    } else {
      // The service sends the UDP's graph without an output format, so the platform answers
      // what the graph saves (a GeoTIFF), whatever `format` asked; passed through as it is.
      response.writeHead(200, { 'Content-Type': rawResultMediaTypeOf.gtiff });
      response.end(TIFF_BYTES);
    }
  },
  getJobParams: (request, _, reply) => {
    const { application } = (jsonBody(request).service ?? {}) as { application?: unknown };
    if (application !== KNOWN_UDP) {
      reply.json(500, {
        detail: routeFailureTemplates.getJobParams(`Could not fetch ${String(application)}`),
      });
      return;
    }
    reply.json(200, [
      {
        name: 'spatial_extent',
        type: 'bounding-box',
        optional: false,
        description: 'Area of interest',
        default: null,
        options: [],
      },
      {
        name: 'temporal_extent',
        type: 'date-interval',
        optional: true,
        description: 'Period',
        default: ['2025-05-01', '2025-05-31'],
        options: [],
      },
    ]);
  },
  getJob: (_, __, reply, id) =>
    id === 1 || id === 2
      ? reply.json(200, { ...summary(id, id === 1 ? 'finished' : 'running'), ...timestamps })
      : reply.envelope('JOB_NOT_FOUND', null),
  deleteJob: (_, __, reply, id) =>
    id === 1 ? reply.json(200, null) : reply.envelope('JOB_NOT_FOUND', null),
  getJobResults: (_, __, reply, id) => {
    if (id === 2) {
      reply.envelope(
        'INTERNAL_ERROR',
        { error: 'JobNotFinished: job is running' },
        failureOf('getJobResults'),
      );
    } else if (id === 1) {
      reply.json(200, {
        type: 'Collection',
        stac_version: '1.0.0',
        id: 'j-2605011000',
        description: 'Results of job 1',
        license: 'proprietary',
        links: [],
        extent: {
          spatial: { bbox: [[0, 0, 1, 1]] },
          temporal: { interval: [['2025-05-01T00:00:00Z', '2025-05-31T00:00:00Z']] },
        },
        assets: {
          'openEO.tif': {
            href: 'https://openeo.example.test/jobs/j-1/results/openEO.tif?signature=x',
            type: MimeTypes.GEOTIFF,
            roles: ['data'],
          },
        },
      });
    } else {
      reply.envelope('JOB_NOT_FOUND', null);
    }
  },
  getJobsStatus: (_, __, reply) =>
    reply.json(200, {
      upscaling_tasks: [{ id: 5, title: 'Task 5', label: 'openeo', status: 'running' }],
      processing_jobs: [summary(1, 'finished'), summary(2, 'running')],
    }),
  createUpscaleTask: (request, _, reply) =>
    reply.json(201, { id: 5, title: jsonBody(request).title, label: 'openeo', status: 'created' }),
  getUpscaleTask: (_, __, reply, id) =>
    id === 5
      ? reply.json(200, {
          id: 5,
          title: 'Task 5',
          label: 'openeo',
          status: 'running',
          service,
          ...timestamps,
          jobs: [{ ...summary(6, 'running'), title: 'Task 5 - Processing Job 1' }],
        })
      : reply.envelope('TASK_NOT_FOUND', null),
  splitInTiles: (request, _, reply) => {
    const aoi = jsonBody(request).aoi as { coordinates?: number[][][] } | undefined;
    const coordinates = aoi?.coordinates ?? [];
    const ring = coordinates[0] ?? [];
    if (JSON.stringify(ring[0]) !== JSON.stringify(ring[ring.length - 1])) {
      // geojson_pydantic's refusal, on the whole `coordinates`.
      reply.envelope('VALIDATION_ERROR', {
        errors: [
          {
            type: 'value_error',
            loc: ['body', 'aoi', 'coordinates'],
            msg: pydanticMessages.value_error(unclosedRingReason),
            input: coordinates,
          },
        ],
      });
      return;
    }
    reply.json(201, {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: square },
        { type: 'MultiPolygon', coordinates: [square, square] },
      ],
    });
  },
  health: (_, __, reply) => reply.json(200, healthBodies.healthy),
};

/** Options of the double: `without` drops routes by operation name, as an older service would. */
export type ServiceDoubleOptions = { without?: readonly OperationName[] };

type Route = { method: string; pattern: RegExp; secured: boolean; answer: Answer };

function servedRoutes(options: ServiceDoubleOptions): Route[] {
  return (Object.entries(answers) as [OperationName, Answer][])
    .filter(([name]) => !options.without?.includes(name))
    .map(([name, answer]) => {
      const route = dispatchContract[name];
      const { secured } = metadataOf(route);
      return { method: route.method, pattern: pathPattern(route.path), secured, answer };
    });
}

/** Starts the double on 127.0.0.1 and a free port. */
export function startServiceDouble(options: ServiceDoubleOptions = {}): Promise<TestServer> {
  const served = servedRoutes(options);
  let counter = 0;
  return startTestServer((request, response) => {
    const sentId = request.headers[CORRELATION_ID_HEADER.toLowerCase()];
    const correlationId = String(sentId ?? `req-${++counter}`);
    const reply: Reply = {
      json: (status, body, headers = {}) =>
        sendJson(response, status, body, { [CORRELATION_ID_HEADER]: correlationId, ...headers }),
      envelope: (code, details, message = knownErrors[code].message) =>
        reply.json(knownErrors[code].status, {
          status: 'error',
          error_code: code,
          message,
          details,
          request_id: correlationId,
        }),
    };
    const fastApi = (error: keyof typeof fastApiErrors) => {
      const { status, detail, ...rest } = fastApiErrors[error];
      reply.json(status, { detail }, 'headers' in rest ? { ...rest.headers } : {});
    };
    const path = request.url.split('?')[0] ?? '';
    const onPath = served.filter((route) => route.pattern.test(path));
    const route = onPath.find((candidate) => candidate.method === request.method);
    if (!route) {
      // FastAPI's own answers, before any route of the service runs.
      fastApi(onPath.length > 0 ? 'METHOD_NOT_ALLOWED' : 'NOT_FOUND');
      return;
    }
    const authorization = request.headers.authorization;
    if (route.secured && authorization === undefined) {
      fastApi('NOT_AUTHENTICATED');
      return;
    }
    if (route.secured && authorization !== `Bearer ${SERVICE_TOKEN}`) {
      reply.envelope('AUTHENTICATION_FAILED', null);
      return;
    }
    const [name, id] = Object.entries(route.pattern.exec(path)?.groups ?? {})[0] ?? [];
    if (id !== undefined && !/^\d+$/.test(id)) {
      reply.envelope('VALIDATION_ERROR', {
        errors: [
          {
            type: 'int_parsing',
            loc: ['path', name],
            msg: pydanticMessages.int_parsing,
            input: id,
          },
        ],
      });
      return;
    }
    route.answer(request, response, reply, id === undefined ? undefined : Number(id));
  });
}
