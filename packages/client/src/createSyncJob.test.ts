import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatchClient, OutputFormatEnum } from './index';
import { startTestServer, type TestServer } from './testing/startTestServer';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client whose server answers `POST /sync_jobs` with `payload` as `contentType`. */
const answering = async (contentType: string | undefined, payload: Buffer, status = 201) => {
  server = await startTestServer((_, res) => {
    res.writeHead(status, contentType ? { 'Content-Type': contentType } : {});
    res.end(payload);
  });
  return createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
};

// Every byte value, in an order where UTF-8 decoding or a text round-trip would change them.
const binary = Buffer.concat([
  Buffer.from([0x49, 0x49, 0x2a, 0x00]), // a little-endian TIFF header
  Buffer.from(Array.from({ length: 256 }, (_, i) => 255 - i)),
  Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x00, 0x0d, 0x0a]),
]);

describe('createSyncJob', () => {
  it('parses a GeoJSON result', async () => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { ndvi: 0.61 }, geometry: null }],
    };
    const client = await answering('application/geo+json', Buffer.from(JSON.stringify(collection)));
    await expect(client.createSyncJob(ogcApiProcessJobRequestExample)).resolves.toEqual({
      kind: 'json',
      contentType: 'application/geo+json',
      data: collection,
    });
  });

  it('parses a JSON result, charset parameter and all', async () => {
    const client = await answering(
      'application/json; charset=utf-8',
      Buffer.from('{"mean_ndvi":0.42,"name":"Végétation"}'),
    );
    const result = await client.createSyncJob({
      ...ogcApiProcessJobRequestExample,
      format: OutputFormatEnum.JSON,
    });
    expect(result).toEqual({
      kind: 'json',
      contentType: 'application/json; charset=utf-8',
      data: { mean_ndvi: 0.42, name: 'Végétation' },
    });
  });

  it.each([
    ['image/tiff; application=geotiff'],
    ['application/x-netcdf'],
    ['application/octet-stream'],
  ])('keeps a %s result as the exact bytes', async (contentType) => {
    const client = await answering(contentType, binary);
    const result = await client.createSyncJob({
      ...ogcApiProcessJobRequestExample,
      format: OutputFormatEnum.GTIFF,
    });
    expect(result.kind).toBe('binary');
    expect(result.contentType).toBe(contentType);
    expect(result.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(result.data as Uint8Array).equals(binary)).toBe(true);
  });

  it('treats an answer without a content type as bytes', async () => {
    const client = await answering(undefined, binary);
    const result = await client.createSyncJob(ogcApiProcessJobRequestExample);
    expect(result).toMatchObject({ kind: 'binary', contentType: 'application/octet-stream' });
    expect(Buffer.from(result.data as Uint8Array).equals(binary)).toBe(true);
  });

  it.each([200, 201])('succeeds on %i, JSON or bytes', async (status) => {
    const json = await answering('application/json', Buffer.from('{"mean":1}'), status);
    await expect(json.createSyncJob(ogcApiProcessJobRequestExample)).resolves.toMatchObject({
      kind: 'json',
      data: { mean: 1 },
    });
    await server?.close();
    const bytes = await answering('image/tiff', binary, status);
    const detailed = await bytes.detailed.createSyncJob(ogcApiProcessJobRequestExample);
    expect(detailed).toMatchObject({ ok: true, status, body: { kind: 'binary' } });
  });

  it('leaves the timestamps of a result as the process made them', async () => {
    const result = { created: '2026-05-01T10:00:00', values: [{ updated: '2026-05-01T11:00:00' }] };
    const client = await answering('application/json', Buffer.from(JSON.stringify(result)), 200);
    const output = await client.createSyncJob(ogcApiProcessJobRequestExample);
    expect(output.data).toEqual(result);
  });

  it('gives bytes with status and headers in the detailed form', async () => {
    const client = await answering('application/x-netcdf', binary);
    const response = await client.detailed.createSyncJob(ogcApiProcessJobRequestExample);
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/x-netcdf');
    if (!response.ok || response.body.kind !== 'binary') throw new Error('expected bytes');
    expect(Buffer.from(response.body.data).equals(binary)).toBe(true);
  });
});
