import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from './startMockServer';

const script = `console.log(${JSON.stringify('docs '.repeat(500))});\n`;
const page = '<!doctype html><title>Docs</title>';
let docsDir: string;
let server: MockServer;

beforeAll(async () => {
  docsDir = mkdtempSync(join(tmpdir(), 'mock-docs-'));
  mkdirSync(join(docsDir, 'assets'));
  writeFileSync(join(docsDir, 'index.html'), page);
  writeFileSync(join(docsDir, 'index.html.gz'), gzipSync(page));
  writeFileSync(join(docsDir, 'assets', 'site.js'), script);
  writeFileSync(join(docsDir, 'assets', 'site.js.gz'), gzipSync(script));
  writeFileSync(join(docsDir, 'assets', 'plain.css'), 'body{}');
  server = await startMockServer({ docsDir });
});

afterAll(async () => {
  await server.close();
  rmSync(docsDir, { recursive: true, force: true });
});

/** A GET as raw bytes: node:http does not decompress, unlike fetch. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
      request(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the docs site', () => {
  it('goes out gzipped, with its own type, to a client that accepts gzip', async () => {
    const answer = await get('/docs/assets/site.js', 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toMatch(/^application\/javascript|^text\/javascript/);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(answer.body).toString()).toBe(script);
  });

  it('serves the reference page at /docs/ gzipped too', async () => {
    const answer = await get('/docs/', 'gzip');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(gunzipSync(answer.body).toString()).toBe(page);
  });

  it.each([undefined, 'identity', 'gzip;q=0, br'])(
    'goes out as it is to a client that does not accept gzip (%s)',
    async (acceptEncoding) => {
      const answer = await get('/docs/assets/site.js', acceptEncoding);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.body.toString()).toBe(script);
    },
  );

  it('sends files without a gzip copy as they are, and redirects /docs to /docs/', async () => {
    const css = await get('/docs/assets/plain.css', 'gzip');
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body.toString()).toBe('body{}');
    const bare = await get('/docs', 'gzip');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/docs/');
  });
});

describe('a docs site built while the server runs', () => {
  it('says how to get it until it is there, then serves it', async () => {
    const later = mkdtempSync(join(tmpdir(), 'mock-docs-later-'));
    const running = await startMockServer({ docsDir: later });
    try {
      const before = await fetch(`${running.url}/docs/`);
      expect(before.status).toBe(200);
      expect(await before.text()).toContain('The docs site is not built');
      writeFileSync(join(later, 'index.html'), page);
      const after = await fetch(`${running.url}/docs/`);
      expect(await after.text()).toBe(page);
    } finally {
      await running.close();
      rmSync(later, { recursive: true, force: true });
    }
  });
});
