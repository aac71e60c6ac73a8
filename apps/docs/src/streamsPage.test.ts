import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from '@apex-dispatch/contract/openapi';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from './guides';
import { launchBrowser } from './launchBrowser';

// The streams page of the built site, as the mock serves it at /docs/streams.html.
const document = buildAsyncApiDocument();

let server: MockServer;
let browser: Browser;

beforeAll(async () => {
  server = await startMockServer({ port: 0, docsDir: DIST_DIR });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the WebSocket streams page', () => {
  it("ships the contract's AsyncAPI document as asyncapi.json", () => {
    const shipped = JSON.parse(readFileSync(join(DIST_DIR, 'asyncapi.json'), 'utf8'));
    expect(shipped).toEqual(document);
  });

  it('shows every channel, its parameters and messages, offline and without errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(server.url).origin) {
        foreign.push(url.href);
      }
    });
    await page.goto(`${server.url}/docs/streams.html`, { waitUntil: 'networkidle' });
    // A page of the reference, in the sidebar of every page.
    await expect(page.locator('.sidebar [aria-current="page"]').textContent()).resolves.toBe(
      'WebSocket streams',
    );

    // Each heading starts with its "#" anchor.
    const sections = (await page.locator('h2').allTextContents()).map((h) => h.replace(/^#/, ''));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const channel of Object.values(document.channels)) {
      expect(sections).toContain(channel.title);
      expect(text).toContain(`GET ${channel.address}`);
    }
    for (const message of Object.values(document.components.messages)) {
      expect(text).toContain(`Message ${message.name}`);
    }
    for (const name of Object.keys(document.components.schemas)) {
      await expect(page.locator('h3', { hasText: name }).count()).resolves.toBeGreaterThan(0);
    }
    const queryNames = page.locator('table').first().locator('tbody td:first-child');
    await expect(queryNames.allTextContents()).resolves.toEqual(['token', 'interval', 'filter']);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
