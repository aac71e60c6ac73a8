import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from 'vitest';
import { DIST_DIR, guides, TEST_RESULTS_DIR } from './guides';
import { launchBrowser } from './launchBrowser';

// The models the document names (the reference document's 40): the page must list them all.
const MODEL_NAMES = Object.keys(
  (
    JSON.parse(readFileSync(join(DIST_DIR, 'openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    }
  ).components.schemas,
);

const SEED_OPERATIONS = [
  { method: 'post', path: '/unit_jobs', operationId: 'create_unit_job_unit_jobs_post' },
  { method: 'post', path: '/sync_jobs', operationId: 'create_sync_job_sync_jobs_post' },
  { method: 'post', path: '/params', operationId: 'get_job_params_params_post' },
];

const MB = 1024 * 1024;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1360, height: 900 };

let server: MockServer;
let browser: Browser;

beforeAll(async () => {
  server = await startMockServer({ port: 0, docsDir: DIST_DIR });
  browser = await launchBrowser();
  mkdirSync(TEST_RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every request it makes and every error it logs. */
async function openPage(path: string, viewport = LAPTOP) {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  const bodies: Promise<{ raw: number; wire: number }>[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  page.on('response', (response) => {
    // What each answer weighs as it is, and as it came over the wire (compressed or not).
    bodies.push(
      Promise.all([response.body(), response.request().sizes()])
        .then(([body, sizes]) => ({ raw: body.length, wire: sizes.responseBodySize }))
        .catch(() => ({ raw: 0, wire: 0 })),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    errors.push(error.message);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  // The guides are whole once loaded; the reference renders its operations from /openapi.json
  // after that. Waiting for them rather than for a quiet network spares half a second a page.
  if (/^\/docs\/?$/.test(new URL(page.url()).pathname))
    await page.locator('.opblock').first().waitFor();
  const transferred = async () =>
    (await Promise.all(bodies)).reduce(
      (sum, size) => ({ raw: sum.raw + size.raw, wire: sum.wire + size.wire }),
      { raw: 0, wire: 0 },
    );
  return { page, requests, errors, transferred };
}

const foreignRequests = (requests: string[]) =>
  requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return origin !== new URL(server.url).origin;
  });

const operationBlock = (page: Page, operationId: string) =>
  page.locator(`.opblock[id$="-${operationId}"]`);

describe('the OpenAPI document', () => {
  it("is the contract's, in the site and at the mock server's /openapi.json", async () => {
    const generated = buildOpenApiDocument();
    const inSite = JSON.parse(readFileSync(join(DIST_DIR, 'openapi.json'), 'utf8'));
    expect(inSite).toEqual(generated);
    const served = await fetch(`${server.url}/openapi.json`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(generated);
  });
});

// One page of the reference for the checks that read it and try its operations: Swagger UI takes
// seconds of a 2-core machine's CPU to render the whole API, and a reader does all this on one.
describe('the API reference at /docs', () => {
  let reference: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    // Like FastAPI's /docs: the mock redirects /docs to /docs/, the reference page.
    reference = await openPage('/docs');
  });
  afterAll(() => reference?.page.close());

  it('shows the seed operations and the models, offline and without errors', async () => {
    const { page, requests, errors, transferred } = reference;
    expect(new URL(page.url()).pathname).toBe('/docs/');
    await page.locator('.opblock').first().waitFor();

    for (const { method, path, operationId } of SEED_OPERATIONS) {
      const block = operationBlock(page, operationId);
      await expect(block.count()).resolves.toBe(1);
      await expect(block.locator('.opblock-summary-method').textContent()).resolves.toBe(
        method.toUpperCase(),
      );
      await expect(block.locator('.opblock-summary-path').getAttribute('data-path')).resolves.toBe(
        path,
      );
    }
    const modelTitles = await page
      .locator(
        'section.models [data-json-schema-level="0"] > div > button .json-schema-2020-12__title',
      )
      .allTextContents();
    expect(MODEL_NAMES).toHaveLength(40);
    expect(modelTitles.sort()).toEqual([...MODEL_NAMES].sort());

    await page.screenshot({ path: join(TEST_RESULTS_DIR, 'reference.png'), fullPage: true });
    const size = await transferred();
    writeFileSync(
      join(TEST_RESULTS_DIR, 'reference-transfer.json'),
      `${JSON.stringify({ requests: requests.length, ...size }, null, 2)}\n`,
    );
    console.info(
      `reference page: ${requests.length} requests, ${(size.raw / 1024).toFixed(0)} KiB, ${(size.wire / 1024).toFixed(0)} KiB transferred`,
    );

    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    // Served compressed: Swagger UI's bundle alone is 1.7 MB as it is.
    expect(size.wire).toBeLessThan(0.75 * MB);
    expect(size.wire).toBeLessThan(size.raw / 3);
  });

  it('opens with the operations, each listed once, the departures one click away', async () => {
    const { page, errors } = reference;
    const first = page.locator('.opblock').first();
    await first.waitFor();
    // The streams page and both documents, asyncapi.json next to openapi.json.
    const introLinks = await page
      .locator('.reference-intro p a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(introLinks).toEqual(
      expect.arrayContaining(['streams.html', '../openapi.json', 'departures.html']),
    );
    expect(introLinks[introLinks.indexOf('../openapi.json') + 1]).toBe('../asyncapi.json');
    // On the first screen of a laptop, not below a long list of differences.
    expect((await first.boundingBox())?.y).toBeLessThan(900 - 50);
    await expect(page.locator('.information-container').textContent()).resolves.not.toContain(
      'GET /health tags',
    );
    // GET /jobs_status is tagged once, so it is listed once.
    await expect(
      page.locator('.opblock-summary-path[data-path="/jobs_status"]').count(),
    ).resolves.toBe(1);
    const document = buildOpenApiDocument();
    const operations = Object.values(document.paths).flatMap((item) => Object.keys(item));
    await expect(page.locator('.opblock').count()).resolves.toBe(operations.length);

    // Swagger UI opens a description's links in a new tab: follow it in one of ours.
    const link = page.locator('.information-container a[href="departures.html"]');
    await expect(link.count()).resolves.toBe(1);
    const departuresPage = await openPage(
      new URL((await link.getAttribute('href')) ?? '', page.url()).pathname,
    );
    const departures = departuresPage.page.locator('main .prose li');
    const listed = (document.info.description ?? '')
      .split('\n')
      .filter((line) => line.startsWith('- '));
    await expect(departures.count()).resolves.toBe(listed.length);
    await expect(departuresPage.page.locator('main').textContent()).resolves.toContain(
      'GET /jobs_status tags',
    );
    expect(errors).toEqual([]);
    expect(departuresPage.errors).toEqual([]);
    await departuresPage.page.close();
  });

  it('sends a "Try it out" POST /params to the mock and shows its answer', async () => {
    const { page, requests, errors } = reference;
    const block = operationBlock(page, 'get_job_params_params_post');
    await block.locator('.opblock-summary').click();
    await block.getByRole('button', { name: 'Try it out' }).click();

    const answer = page.waitForResponse(
      (response) =>
        response.url() === `${server.url}/params` && response.request().method() === 'POST',
    );
    await block.getByRole('button', { name: 'Execute' }).click();
    const response = await answer;

    expect(response.status()).toBe(200);
    expect(response.request().headers().authorization).toMatch(/^Bearer \S+/);
    const parameters = (await response.json()) as Array<{ name: string }>;
    expect(parameters.map(({ name }) => name)).toContain('temporal_extent');

    const shown = block.locator('.live-responses-table');
    await expect(
      shown.locator('tbody .response-col_status').first().textContent(),
    ).resolves.toContain('200');
    await expect(
      shown.locator('tbody .response-col_description').first().textContent(),
    ).resolves.toContain('temporal_extent');

    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });

  it('shows a GeoTIFF from POST /sync_jobs as its type, size and a download link', async () => {
    const { page, errors } = reference;
    const block = operationBlock(page, 'create_sync_job_sync_jobs_post');
    await block.locator('.opblock-summary').click();
    await block.getByRole('button', { name: 'Try it out' }).click();
    const editor = block.locator('textarea.body-param__text');
    await editor.fill(
      JSON.stringify({ ...JSON.parse(await editor.inputValue()), format: 'gtiff' }),
    );
    const answer = page.waitForResponse((response) => response.url() === `${server.url}/sync_jobs`);
    await block.getByRole('button', { name: 'Execute' }).click();
    const response = await answer;
    expect(response.headers()['content-type']).toBe('image/tiff');
    const size = Number(response.headers()['content-length']);
    expect(size).toBeGreaterThan(0);

    const shown = block.locator('.binary-answer');
    await expect(shown.textContent()).resolves.toContain(
      `image/tiff, ${size.toLocaleString('en')} bytes`,
    );
    const link = shown.locator('a');
    await expect(link.getAttribute('download')).resolves.toBe('result.tif');
    await expect(link.getAttribute('href')).resolves.toMatch(/^blob:/);
    await expect(block.locator('.live-responses-table img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the guides for Node.js 20', () => {
  it('tells Node.js 20 users both ways to a WebSocket: ws, or node --experimental-websocket', async () => {
    const { page } = await openPage('/docs/following-jobs-live.html');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('node --experimental-websocket');
    expect(text).toContain("import WebSocket from 'ws'");
    await page.close();
  });
});

/** A page's layout on a 390 px wide phone: its width, top bar and where its content starts. */
async function expectPhoneLayout(page: Page, expect: ExpectStatic) {
  const layout = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const links = [...document.querySelectorAll('.topbar a')].map(
      (link) => link.getBoundingClientRect().height,
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      topbar: box('.topbar')?.height ?? 0,
      tallestTopbarLink: Math.max(...links),
      content: box('main h1, main .reference-intro')?.top ?? Number.POSITIVE_INFINITY,
    };
  });
  expect(layout.scrollWidth).toBe(PHONE.width);
  expect(layout.topbar).toBeLessThanOrEqual(60);
  // One line of text (with its padding), not two.
  expect(layout.tallestTopbarLink).toBeLessThan(40);
  expect(layout.content).toBeLessThan(PHONE.height / 3);
}

// Each page has its own tab, so the pages are checked side by side: most of a check is waiting
// for the browser, and nine guides one after another would wait nine times as long. Each guide
// loads once, as a phone would, and is then read on a laptop's screen.
describe.concurrent.each(guides)('the guide "$title"', (guide) => {
  it('fits a 390 px phone, and renders on a laptop with its navigation, code and links', async ({
    expect,
  }) => {
    const { page, requests, errors } = await openPage(`/docs/${guide.slug}.html`, PHONE);
    await expectPhoneLayout(page, expect);
    await page.setViewportSize(LAPTOP);

    await expect(page.locator('main h1').textContent()).resolves.toBe(guide.title);
    await expect(page.locator('.code code.language-typescript').count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(page.locator('.sidebar [aria-current="page"]').textContent()).resolves.toContain(
      guide.title,
    );
    // The reference's pages in the sidebar: the streams, and asyncapi.json after openapi.json.
    const sidebarLinks = await page
      .locator('.sidebar a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sidebarLinks).toEqual(expect.arrayContaining(['streams.html', 'departures.html']));
    expect(sidebarLinks[sidebarLinks.indexOf('../openapi.json') + 1]).toBe('../asyncapi.json');
    // Relative links, so the site works under /docs/ and anywhere else it is served.
    await expect(
      page.locator('.topnav a', { hasText: 'API reference' }).getAttribute('href'),
    ).resolves.toBe('index.html');
    const openapi = await page.request.get(
      new URL(
        (await page.locator('.topnav a', { hasText: 'openapi.json' }).getAttribute('href')) ?? '',
        page.url(),
      ).toString(),
    );
    expect(openapi.status()).toBe(200);
    expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');

    // Every link within the site leads to a page that exists, and to a section it has.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    await Promise.all(
      [...new Set(hrefs.filter((href) => !/^[a-z]+:/.test(href)))].map(async (href) => {
        const target = new URL(href, page.url());
        const answer = await page.request.get(target.toString());
        expect(answer.status(), href).toBe(200);
        if (target.hash && target.pathname.endsWith('.html')) {
          expect(await answer.text(), href).toContain(`id="${target.hash.slice(1)}"`);
        }
      }),
    );

    if (guide.slug === 'getting-started') {
      await page.screenshot({ path: join(TEST_RESULTS_DIR, 'guide.png'), fullPage: false });
    }
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await page.close();
  });
});

describe.concurrent('on a 390 px wide phone', () => {
  it('/docs/ fits the width, its top bar on one line, its content on the first screen', async ({
    expect,
  }) => {
    const { page, errors } = await openPage('/docs/', PHONE);
    await expectPhoneLayout(page, expect);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says that a table wider than the page scrolls sideways, and only then', async ({
    expect,
  }) => {
    const { page } = await openPage('/docs/handling-errors.html', PHONE);
    const hint = page.locator('.scroll-hint').first();
    await expect(hint.isVisible()).resolves.toBe(true);
    const wrap = page.locator('.table-wrap').first();
    await expect(wrap.getAttribute('tabindex')).resolves.toBe('0');
    await page.setViewportSize(LAPTOP);
    // The page hides the hint from its resize handler, which runs after the viewport changes.
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(false);
    await page.close();
  });
});
