import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatchClient } from '@apex-dispatch/client';
import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_ROOT, GUIDE_BASE_URL, snippetPrograms, TEST_RESULTS_DIR } from './guides';
import { launchBrowser } from './launchBrowser';
import { workspaceSourcesPlugin } from './workspaceSources';

// The guide's browser snippet, bundled as a page's script and served by the mock itself (as its
// docs folder), so the page, the API and the stream share one origin, as they would in an app.
const PAGE_DIR = join(TEST_RESULTS_DIR, 'live-status');
const TOKEN = 'my-token';
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>My jobs</title></head>
<body><h1>My jobs</h1><script type="module" src="app.js"></script></body>
</html>
`;

// Every state of the page's list, recorded as it is rendered, so no status can slip by unseen.
const RECORD_LIST = `
window.rendered = [];
new MutationObserver(() => {
  const list = document.querySelector('ul');
  if (list) window.rendered.push([...list.children].map((item) => item.textContent));
}).observe(document, { childList: true, subtree: true });
`;

const browserPrograms = snippetPrograms('following-jobs-live').filter(
  ({ kind }) => kind === 'browser',
);

let server: MockServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(PAGE_DIR, { recursive: true, force: true });
  mkdirSync(PAGE_DIR, { recursive: true });
  writeFileSync(join(PAGE_DIR, 'index.html'), PAGE);
  // Jobs take 1.5 s and the streams send a status every 50 ms (interval 1 s, scaled).
  server = await startMockServer({
    port: 0,
    jobDurationMs: 1_500,
    wsIntervalScale: 0.05,
    docsDir: PAGE_DIR,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the guide "Following jobs live" in Chromium', () => {
  it('has one browser snippet', () => {
    expect(browserPrograms).toHaveLength(1);
  });

  it.each(browserPrograms)(
    '$name shows the statuses of a job as the stream sends them',
    async ({ code }) => {
      await build({
        stdin: {
          contents: code.replaceAll(GUIDE_BASE_URL, server.url),
          resolveDir: DOCS_ROOT,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outfile: join(PAGE_DIR, 'app.js'),
        plugins: [workspaceSourcesPlugin],
        logLevel: 'silent',
      });
      const page = await browser.newPage();
      const errors: string[] = [];
      const sockets: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('websocket', (socket) => sockets.push(socket.url()));
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(RECORD_LIST);
      await page.goto(`${server.url}/docs/`);
      // The job starts once the page follows the stream, so the page sees it from its start.
      await page.locator('ul').waitFor({ state: 'attached' });
      await expect.poll(async () => (await server.streamStats()).streams).toBe(1);
      const client = createDispatchClient({ baseUrl: server.url, token: TOKEN });
      const job = await client.createUnitJob(ogcApiProcessJobRequestExample);

      const line = (status: string) => `${job.title}: ${status}`;
      await expect
        .poll(() => page.locator('li').allTextContents(), { timeout: 30_000 })
        .toContain(line('finished'));
      const rendered = await page.evaluate(
        () => (window as unknown as { rendered: string[][] }).rendered,
      );
      const statuses = [...new Set(rendered.flat().filter((text) => text.startsWith(job.title)))];
      expect(statuses.at(-1)).toBe(line('finished'));
      expect(statuses.length).toBeGreaterThan(1);

      const origin = new URL(server.url);
      expect(sockets).toEqual([`ws://${origin.host}/ws/jobs_status?interval=1&token=${TOKEN}`]);
      expect(requests.filter((url) => new URL(url).origin !== origin.origin)).toEqual([]);
      expect(errors).toEqual([]);

      // Leaving the page aborts the stream, and its socket closes.
      expect((await server.streamStats()).streams).toBe(1);
      await page.close({ runBeforeUnload: true });
      await expect.poll(async () => (await server.streamStats()).streams).toBe(0);
    },
  );
});
