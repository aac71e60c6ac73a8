import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectionSchema, openEoJobRequestExample } from '@apex-dispatch/contract';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { loadServicesFile } from '../../cli/loadServicesFile';
import { jobRequest, useTestServer } from '../../testing/testServer';

const FLOOD_UDP = 'https://example.test/udp/flood.json';
const UNKNOWN_UDP = 'https://example.test/udp/not-catalogued.json';

const openEo = (application: string, format: string) => ({
  ...openEoJobRequestExample,
  service: { ...openEoJobRequestExample.service, application },
  format,
});

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('POST /sync_jobs answers what the UDP produces, whatever `format` says', () => {
  const server = useTestServer({
    ogcSyncJobs: true,
    services: [
      {
        label: 'openeo',
        application: FLOOD_UDP,
        parameters: [],
        synchronousOutput: 'geojson',
      },
    ],
  });

  it.each(['geojson', 'json', 'netcdf', 'gtiff'])(
    'answers the variability map asked as %s with the same GeoTIFF, as the service does',
    async (format) => {
      const response = await server.post('/sync_jobs', { ...openEoJobRequestExample, format });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/tiff/);
      const bytes = await bytesOf(response);
      const image = await (await fromArrayBuffer(bytes.slice().buffer)).getImage();
      expect(image.getGeoKeys()).toMatchObject({ GeographicTypeGeoKey: 4326 });
      const asGtiff = await server.post('/sync_jobs', { ...openEoJobRequestExample });
      expect(Buffer.from(bytes).equals(Buffer.from(await bytesOf(asGtiff)))).toBe(true);
    },
  );

  it('answers a UDP it does not know with a GeoTIFF, its assumption', async () => {
    const response = await server.post('/sync_jobs', openEo(UNKNOWN_UDP, 'geojson'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/tiff/);
  });

  it('answers a service that declares its output with that output', async () => {
    const response = await server.post('/sync_jobs', openEo(FLOOD_UDP, 'gtiff'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    expect(JSON.parse(new TextDecoder().decode(await bytesOf(response)))).toMatchObject({
      type: 'FeatureCollection',
    });
  });

  it('keeps the requested format in its simulation of OGC API Processes', async () => {
    const response = await server.post('/sync_jobs', jobRequest({ format: 'netcdf' }));
    expect(response.headers.get('content-type')).toBe('application/x-netcdf');
  });
});

describe('batch jobs of the same UDP', () => {
  const time = { now: Date.parse('2026-05-01T10:00:00Z') };
  const server = useTestServer({ clock: () => time.now, jobDurationMs: 300 });

  it('keep honouring `format`, as the service passes it to the platform', async () => {
    // A batch job's bounding box must be a box or a Polygon, unlike a synchronous job's.
    const spatial_extent = { west: 5.17, south: 51.246, east: 5.18, north: 51.251 };
    const parameters = { ...openEoJobRequestExample.parameters, spatial_extent };
    const created = await server.post('/unit_jobs', {
      ...openEoJobRequestExample,
      parameters,
      format: 'json',
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    time.now += 600;
    const results = CollectionSchema.parse(
      await (await server.get(`/unit_jobs/${id}/results`)).json(),
    );
    expect(Object.keys(results?.assets ?? {})).toEqual(['timeseries.json']);
  });
});

describe('a services file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mock-sync-output-'));
  const write = (services: unknown[]) => {
    const path = join(dir, 'services.json');
    writeFileSync(path, JSON.stringify(services));
    return path;
  };

  it('declares what a service produces synchronously', () => {
    const [service] = loadServicesFile(
      write([
        { label: 'openeo', application: FLOOD_UDP, parameters: [], synchronousOutput: 'netcdf' },
      ]),
    );
    expect(service?.synchronousOutput).toBe('netcdf');
  });

  it('is refused with the field named when the output is no format', () => {
    const path = write([
      { label: 'openeo', application: FLOOD_UDP, parameters: [], synchronousOutput: 'png' },
    ]);
    expect(() => loadServicesFile(path)).toThrow(/0\.synchronousOutput: Invalid enum value/);
  });
});
