import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which CI installs with apt-get; playwright never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Starts headless Chromium with everything that would reach the network turned off. The pages
 * under test come from one origin, the mock's, so site isolation's extra processes buy nothing
 * here but CPU on a 2-core machine.
 */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install -y chromium); .ci/run does.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=site-per-process',
      '--disable-site-isolation-trials',
    ],
  });
}
