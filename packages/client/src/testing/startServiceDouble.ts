import type { ServerResponse } from 'node:http';
import {
  type RecordedRequest,
  sendJson,
  startTestServer,
  type TestServer,
} from './startTestServer';

// A stand-in for the real APEx Dispatch service (0.7.2), answering as its source does rather than
// as its published document says: 200 raw sync results, naive UTC timestamps, `details: null` on
// not-found envelopes, FastAPI's `{"detail"}` bodies, `/tiles` without a token. Its strings are
// written out here on purpose, as an independent witness of the service's wire.

export const SERVICE_TOKEN = 'TOKEN';
export const OPENEO_ENDPOINT = 'https://openeofed.dataspace.copernicus.eu';
export const KNOWN_UDP = 'https://example.test/udp/variabilitymap.json';
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
  envelope: (status: number, code: string, message: string, details: unknown) => void;
};
type Route = { name: string; method: string; path: RegExp; secured: boolean; answer: Answer };

const jsonBody = (request: RecordedRequest): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const routes: Route[] = [
  {
    name: 'createUnitJob',
    method: 'POST',
    path: /^\/unit_jobs$/,
    secured: true,
    answer: (request, _, reply) => {
      const body = jsonBody(request);
      if (body.label !== 'openeo' && body.label !== 'ogc_api_process') {
        reply.envelope(422, 'VALIDATION_ERROR', 'Request validation failed.', {
          errors: [
            {
              type: 'enum',
              loc: ['body', 'label'],
              msg: "Input should be 'openeo' or 'ogc_api_process'",
              input: body.label,
            },
          ],
        });
      } else if ((body.service as { endpoint?: unknown })?.endpoint !== OPENEO_ENDPOINT) {
        reply.envelope(500, 'INTERNAL_ERROR', 'An error occurred while creating processing job.', {
          error: 'Unsupported backend',
        });
      } else {
        reply.json(201, { ...summary(3, 'created'), title: body.title });
      }
    },
  },
  {
    name: 'createSyncJob',
    method: 'POST',
    path: /^\/sync_jobs$/,
    secured: true,
    answer: (request, response, reply) => {
      const body = jsonBody(request);
      if (body.label === 'ogc_api_process') {
        reply.envelope(
          500,
          'INTERNAL_ERROR',
          'An error occurred while creating the synchronous job.',
          { error: 'OGC API Process job execution not implemented yet.' },
        );
      } else if (body.format === 'gtiff') {
        // The platform's answer passed through: its status (200), its type, its bytes.
        response.writeHead(200, { 'Content-Type': 'image/tiff' });
        response.end(TIFF_BYTES);
      } else {
        reply.json(200, { type: 'FeatureCollection', features: [] });
      }
    },
  },
  {
    name: 'getJobParams',
    method: 'POST',
    path: /^\/params$/,
    secured: true,
    answer: (request, _, reply) => {
      const { application } = (jsonBody(request).service ?? {}) as { application?: unknown };
      if (application !== KNOWN_UDP) {
        reply.json(500, {
          detail: `An error occurred while retrieving service parameters: Could not fetch ${String(application)}`,
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
  },
  {
    name: 'getJob',
    method: 'GET',
    path: /^\/unit_jobs\/(\d+)$/,
    secured: true,
    answer: (_, __, reply, id) =>
      id === 1 || id === 2
        ? reply.json(200, { ...summary(id, id === 1 ? 'finished' : 'running'), ...timestamps })
        : reply.envelope(404, 'JOB_NOT_FOUND', 'The requested job was not found.', null),
  },
  {
    name: 'deleteJob',
    method: 'DELETE',
    path: /^\/unit_jobs\/(\d+)$/,
    secured: true,
    answer: (_, __, reply, id) =>
      id === 1
        ? reply.json(200, null)
        : reply.envelope(404, 'JOB_NOT_FOUND', 'The requested job was not found.', null),
  },
  {
    name: 'getJobResults',
    method: 'GET',
    path: /^\/unit_jobs\/(\d+)\/results$/,
    secured: true,
    answer: (_, __, reply, id) => {
      if (id === 2) {
        reply.envelope(
          500,
          'INTERNAL_ERROR',
          'An error occurred while retrieving processing job results.',
          { error: 'JobNotFinished: job is running' },
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
              type: 'image/tiff; application=geotiff',
              roles: ['data'],
            },
          },
        });
      } else {
        reply.envelope(404, 'JOB_NOT_FOUND', 'The requested job was not found.', null);
      }
    },
  },
  {
    name: 'getJobsStatus',
    method: 'GET',
    path: /^\/jobs_status$/,
    secured: true,
    answer: (_, __, reply) =>
      reply.json(200, {
        upscaling_tasks: [{ id: 5, title: 'Task 5', label: 'openeo', status: 'running' }],
        processing_jobs: [summary(1, 'finished'), summary(2, 'running')],
      }),
  },
  {
    name: 'createUpscaleTask',
    method: 'POST',
    path: /^\/upscale_tasks$/,
    secured: true,
    answer: (request, _, reply) =>
      reply.json(201, {
        id: 5,
        title: jsonBody(request).title,
        label: 'openeo',
        status: 'created',
      }),
  },
  {
    name: 'getUpscaleTask',
    method: 'GET',
    path: /^\/upscale_tasks\/(\d+)$/,
    secured: true,
    answer: (_, __, reply, id) =>
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
        : reply.envelope(404, 'TASK_NOT_FOUND', 'The requested task was not found.', null),
  },
  {
    name: 'splitInTiles',
    method: 'POST',
    path: /^\/tiles$/,
    secured: false,
    answer: (request, _, reply) => {
      const aoi = jsonBody(request).aoi as { coordinates?: number[][][] } | undefined;
      const ring = aoi?.coordinates?.[0] ?? [];
      if (JSON.stringify(ring[0]) !== JSON.stringify(ring[ring.length - 1])) {
        reply.envelope(422, 'VALIDATION_ERROR', 'Request validation failed.', {
          errors: [
            {
              type: 'value_error',
              loc: ['body', 'aoi', 'Polygon', 'coordinates'],
              msg: 'Value error, All linear rings have the same start and end coordinates',
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
  },
  {
    name: 'health',
    method: 'GET',
    path: /^\/health$/,
    secured: false,
    answer: (_, __, reply) => reply.json(200, { status: 'ok', database: { status: 'ok' } }),
  },
];

/** Options of the double: `without` drops routes by operation name, as an older service would. */
export type ServiceDoubleOptions = { without?: readonly string[] };

/** Starts the double on 127.0.0.1 and a free port. */
export function startServiceDouble(options: ServiceDoubleOptions = {}): Promise<TestServer> {
  const served = routes.filter((route) => !options.without?.includes(route.name));
  let counter = 0;
  return startTestServer((request, response) => {
    const correlationId = String(request.headers['x-correlation-id'] ?? `req-${++counter}`);
    const reply: Reply = {
      json: (status, body, headers = {}) =>
        sendJson(response, status, body, { 'X-Correlation-ID': correlationId, ...headers }),
      envelope: (status, code, message, details) =>
        reply.json(status, {
          status: 'error',
          error_code: code,
          message,
          details,
          request_id: correlationId,
        }),
    };
    const path = request.url.split('?')[0] ?? '';
    const onPath = served.filter((route) => route.path.test(path));
    const route = onPath.find((candidate) => candidate.method === request.method);
    if (!route) {
      // FastAPI's own answers, before any route of the service runs.
      if (onPath.length > 0) reply.json(405, { detail: 'Method Not Allowed' });
      else reply.json(404, { detail: 'Not Found' });
      return;
    }
    const authorization = request.headers.authorization;
    if (route.secured && authorization === undefined) {
      reply.json(401, { detail: 'Not authenticated' }, { 'WWW-Authenticate': 'Bearer' });
      return;
    }
    if (route.secured && authorization !== `Bearer ${SERVICE_TOKEN}`) {
      reply.envelope(
        401,
        'AUTHENTICATION_FAILED',
        'Could not validate credentials. Please retry signing in.',
        null,
      );
      return;
    }
    const id = route.path.exec(path)?.[1];
    route.answer(request, response, reply, id === undefined ? undefined : Number(id));
  });
}
