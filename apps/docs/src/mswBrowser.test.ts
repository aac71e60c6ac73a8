import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOCS_ROOT,
  GUIDE_BASE_URL,
  readmePrograms,
  snippetPrograms,
  TEST_RESULTS_DIR,
} from './guides';
import { launchBrowser } from './launchBrowser';
import { workspaceSourcesPlugin } from './workspaceSources';

// A page that starts MSW's worker with createDispatchHandlers and runs the client against an
// address where nothing listens: every answer comes from the mock inside the page.
const PAGE_DIR = join(TEST_RESULTS_DIR, 'msw-browser');
const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>MSW</title></head>
<body><script type="module" src="app.js"></script></body></html>
`;

// The guide "Testing without a server" and the mock's README show the same in a page of their
// own: run as written, at an address where nothing listens.
const GUIDE_PAGE = PAGE.replace('app.js', 'guide.js');
const guidePrograms = [...snippetPrograms('testing-without-a-server'), ...readmePrograms()].filter(
  ({ kind }) => kind === 'browser',
);

const APP = `
import { createDispatchClient } from '@apex-dispatch/client';
import { createDispatchHandlers } from '@apex-dispatch/mock-server/msw';
import { setupWorker } from 'msw/browser';

const API = window.API;
const report = {};
window.report = report;
try {
  const handlers = createDispatchHandlers({ baseUrl: API, jobDurationMs: 1000, wsIntervalScale: 0.01 });
  await setupWorker(...handlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
  const client = createDispatchClient({ baseUrl: API, token: 'alice' });
  const body = {
    title: 'Vegetation index',
    label: 'ogc_api_process',
    service: { endpoint: 'https://processes.example.test', application: '/processes/vegetation-index', namespace: 'apex' },
    parameters: { collection: 'SENTINEL2_L2A', bbox: [12, 41, 13, 42] },
    format: 'geojson',
  };
  const openEo = {
    title: 'Sync', label: 'openeo',
    service: { endpoint: 'https://openeofed.dataspace.copernicus.eu', application: 'https://example.test/udp.json' },
    parameters: {}, format: 'geojson',
  };
  const job = await client.createUnitJob(body);
  report.job = { id: job.id, title: job.title, status: job.status };
  // The service ignores format for synchronous jobs: an unknown UDP's answer is a GeoTIFF.
  const tiff = await client.createSyncJob(openEo);
  report.tiff = { kind: tiff.kind, contentType: tiff.contentType, magic: [...tiff.data.subarray(0, 2)] };
  const params = await client.getJobParams({ label: body.label, service: body.service });
  report.params = params.map((param) => param.name);
  const tiles = await client.splitInTiles({
    aoi: { type: 'Polygon', coordinates: [[[4.0, 51.0], [4.1, 51.0], [4.1, 51.1], [4.0, 51.1], [4.0, 51.0]]] },
    grid: '20x20km',
  });
  report.tiles = tiles.geometries.length;
  const controller = new AbortController();
  for await (const status of client.watchJobsStatus({ interval: 1, signal: controller.signal })) {
    report.streamed = status.processing_jobs.map((streamed) => streamed.id);
    break;
  }
  const waiting = client.waitForJob(job.id, { intervalMs: 10 });
  handlers.control.clock.advance(1000);
  report.waited = (await waiting).status;
  report.requests = handlers.control.requests().length;
} catch (error) {
  report.error = String(error?.stack ?? error);
}
report.done = true;
`;

// The mock's source and the page both import msw: one copy of it, the docs app's, as an app has
// one (pnpm may install the workspace's two with different peers, and MSW's handlers are
// recognised by symbols of their own copy).
const oneMsw: Plugin = {
  name: 'one-msw',
  setup(build) {
    build.onResolve({ filter: /^msw(\/|$)/ }, async ({ path, kind, pluginData }) => {
      if (pluginData === 'one-msw') return undefined;
      return build.resolve(path, { kind, resolveDir: DOCS_ROOT, pluginData: 'one-msw' });
    });
  },
};

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

let browser: Browser;
let pages: Server;
let apiUrl: string;

/** An address on this machine where nothing listens: a port taken, then released. */
async function unusedAddress(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  rmSync(PAGE_DIR, { recursive: true, force: true });
  mkdirSync(PAGE_DIR, { recursive: true });
  writeFileSync(join(PAGE_DIR, 'index.html'), PAGE);
  writeFileSync(join(PAGE_DIR, 'guide.html'), GUIDE_PAGE);
  // MSW's service worker, as `npx msw init` would copy it: taken from the installed msw.
  const msw = dirname(require.resolve('msw/package.json'));
  copyFileSync(join(msw, 'lib', 'mockServiceWorker.js'), join(PAGE_DIR, 'mockServiceWorker.js'));
  await build({
    stdin: { contents: APP, resolveDir: DOCS_ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(PAGE_DIR, 'app.js'),
    plugins: [workspaceSourcesPlugin, oneMsw],
    logLevel: 'silent',
  });
  pages = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://page').pathname.slice(1) || 'index.html';
    try {
      const file = readFileSync(join(PAGE_DIR, name));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream',
      });
      response.end(file);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  apiUrl = await unusedAddress();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pages?.close(resolve));
});

describe('createDispatchHandlers with MSW’s worker, in Chromium', () => {
  it('runs the client’s scenario with nothing listening at the API address', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((api) => {
      (window as unknown as { API: string }).API = api;
    }, apiUrl);
    const { port } = pages.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(
      () => (window as unknown as { report?: { done?: boolean } }).report?.done,
      undefined,
      { timeout: 60_000 },
    );
    const report = await page.evaluate(() => (window as unknown as { report: unknown }).report);
    expect(errors).toEqual([]);
    expect((report as { error?: string }).error).toBeUndefined();
    expect(report).toMatchObject({
      job: { id: 1, title: 'Vegetation index', status: 'created' },
      tiff: { kind: 'binary', contentType: 'image/tiff' },
      tiles: expect.any(Number),
      streamed: [1],
      waited: 'finished',
      done: true,
    });
    expect(report).not.toHaveProperty('error');
    const { tiff, params, tiles } = report as {
      tiff: { magic: number[] };
      params: string[];
      tiles: number;
    };
    expect([
      [0x49, 0x49],
      [0x4d, 0x4d],
    ]).toContainEqual(tiff.magic);
    expect(params).toEqual(expect.arrayContaining(['collection', 'bbox']));
    expect(tiles).toBeGreaterThan(0);
    await page.close();
  });

  it.each(guidePrograms)('runs the page $name as written', async ({ code }) => {
    await build({
      stdin: {
        contents: code.replaceAll(GUIDE_BASE_URL, apiUrl),
        resolveDir: DOCS_ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(PAGE_DIR, 'guide.js'),
      plugins: [workspaceSourcesPlugin, oneMsw],
      logLevel: 'silent',
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { port } = pages.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/guide.html`);
    await expect
      .poll(() => page.locator('body').textContent(), { timeout: 60_000 })
      .toBe('Seeded job');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has the guide’s page and the README’s among them', () => {
    expect(guidePrograms.map(({ name }) => name.replace(/-\d+$/, ''))).toEqual([
      'testing-without-a-server',
      'mock-server-readme',
    ]);
  });
});
