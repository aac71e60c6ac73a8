import { ErrorResponseSchema, openEoJobRequestExample } from '@apex-dispatch/contract';
import { fromArrayBuffer } from 'geotiff';
import { NetCDFReader } from 'netcdfjs';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

describe('POST /sync_jobs, as the service answers it', () => {
  const server = useTestServer();

  it('answers an openEO job with 200 and what its UDP produces, whatever `format` says', async () => {
    const response = await server.post('/sync_jobs', {
      ...openEoJobRequestExample,
      format: 'json',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/tiff/);
  });

  it('refuses an OGC API Processes job: not implemented by the service', async () => {
    const response = await server.post('/sync_jobs', jobRequest({ format: 'json' }));
    expect(response.status).toBe(500);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while creating the synchronous job.',
      details: { error: 'OGC API Process job execution not implemented yet.' },
    });
  });

  it('refuses a backend the service is not configured for', async () => {
    const service = { ...openEoJobRequestExample.service, endpoint: 'https://openeo.example.test' };
    const response = await server.post('/sync_jobs', { ...openEoJobRequestExample, service });
    expect(response.status).toBe(500);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      message: 'An error occurred while creating the synchronous job.',
      details: {
        error: 'No OpenEO backend configuration found for URL: https://openeo.example.test',
      },
    });
  });
});

// The example's area and title, on the simulated OGC service (openEO answers a GeoTIFF).
const openEoArea = {
  title: openEoJobRequestExample.title,
  parameters: openEoJobRequestExample.parameters,
};

describe('POST /sync_jobs, with OGC API Processes simulated (ogcSyncJobs)', () => {
  const server = useTestServer({ ogcSyncJobs: true });
  const run = async (request: Record<string, unknown>) => {
    const response = await server.post('/sync_jobs', request);
    expect(response.status).toBe(200);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  it('still refuses a backend the service is not configured for', async () => {
    const service = { endpoint: 'https://ogc.example.test', application: '/processes/x' };
    const response = await server.post('/sync_jobs', jobRequest({ service }));
    expect(response.status).toBe(500);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body.details).toEqual({ error: "'https://ogc.example.test'" });
  });

  it('answers geojson with a FeatureCollection covering the requested bbox', async () => {
    const { response, bytes } = await run(jobRequest({ format: 'geojson' }));
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    const collection = JSON.parse(new TextDecoder().decode(bytes));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.bbox).toEqual([12, 41, 13, 42]);
    const xs = collection.features.flatMap((f: { geometry: { coordinates: number[][][] } }) =>
      f.geometry.coordinates[0]?.map(([x]) => x),
    );
    const ys = collection.features.flatMap((f: { geometry: { coordinates: number[][][] } }) =>
      f.geometry.coordinates[0]?.map(([, y]) => y),
    );
    expect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]).toEqual([
      12, 41, 13, 42,
    ]);
    for (const feature of collection.features) {
      expect(feature.properties.value).toBeGreaterThanOrEqual(0);
      expect(feature.properties.value).toBeLessThanOrEqual(1);
    }
  });

  it('covers the area of a GeoJSON parameter', async () => {
    const { bytes } = await run(jobRequest({ ...openEoArea, format: 'geojson' }));
    const collection = JSON.parse(new TextDecoder().decode(bytes));
    const [west, south, east, north] = collection.bbox;
    expect(west).toBeCloseTo(5.170043941798298, 9);
    expect(south).toBeCloseTo(51.24674578027137, 9);
    expect(east).toBeCloseTo(5.179084341977159, 9);
    expect(north).toBeCloseTo(51.25050990858725, 9);
  });

  it('covers a polygon with more positions than a function call takes arguments', async () => {
    const ring = Array.from({ length: 200_000 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 200_000;
      return [10 + Math.cos(angle), 50 + Math.sin(angle)];
    });
    ring.push(ring[0] ?? [11, 50]);
    const { bytes } = await run(
      jobRequest({ format: 'json', parameters: { aoi: { type: 'Polygon', coordinates: [ring] } } }),
    );
    const [west, south, east, north] = JSON.parse(new TextDecoder().decode(bytes)).bbox;
    expect([west, south, east, north].map((value: number) => Math.round(value))).toEqual([
      9, 49, 11, 51,
    ]);
  });

  it('answers json with a JSON document about the area', async () => {
    const { response, bytes } = await run(jobRequest({ format: 'json' }));
    expect(response.headers.get('content-type')).toBe('application/json');
    const document = JSON.parse(new TextDecoder().decode(bytes));
    expect(document.bbox).toEqual([12, 41, 13, 42]);
    expect(document.statistics.count).toBe(256);
  });

  it('answers gtiff with a GeoTIFF in EPSG:4326 over the area that a reader opens', async () => {
    const { response, bytes } = await run(jobRequest({ format: 'gtiff' }));
    expect(response.headers.get('content-type')).toMatch(/^image\/tiff/);
    const tiff = await fromArrayBuffer(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const image = await tiff.getImage();
    expect([image.getWidth(), image.getHeight()]).toEqual([16, 16]);
    expect(image.getBoundingBox()).toEqual([12, 41, 13, 42]);
    expect(image.getGeoKeys()).toMatchObject({ GeographicTypeGeoKey: 4326 });
    const [band] = await image.readRasters();
    expect(band).toHaveLength(256);
  });

  it('answers netcdf with a NetCDF file that a reader opens', async () => {
    const { response, bytes } = await run(jobRequest({ ...openEoArea, format: 'netcdf' }));
    expect(response.headers.get('content-type')).toBe('application/x-netcdf');
    const reader = new NetCDFReader(bytes);
    expect(reader.dimensions).toEqual([
      { name: 'lat', size: 16 },
      { name: 'lon', size: 16 },
    ]);
    expect(reader.getAttribute('Conventions')).toBe('CF-1.8');
    expect(reader.getAttribute('title')).toBe(openEoJobRequestExample.title);
    const values = reader.getDataVariable('value') as number[];
    expect(values).toHaveLength(256);
    expect(values.every((value) => value >= 0 && value <= 1)).toBe(true);
    const latitudes = reader.getDataVariable('lat') as number[];
    expect(Math.max(...latitudes)).toBeLessThan(51.25050990858725);
    expect(Math.min(...latitudes)).toBeGreaterThan(51.24674578027137);
  });

  it.each(['geojson', 'json', 'gtiff', 'netcdf'])(
    'answers the same %s bytes for the same request',
    async (format) => {
      const first = await run(jobRequest({ format }));
      const second = await run(jobRequest({ format }));
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      const other = await run(jobRequest({ format, parameters: { bbox: [0, 0, 1, 1] } }));
      expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(false);
    },
  );

  it('validates the request like /unit_jobs does', async () => {
    const response = await server.post('/sync_jobs', jobRequest({ format: 'png' }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.details.errors[0]).toMatchObject({ type: 'enum', loc: ['body', 'format'] });
  });
});
