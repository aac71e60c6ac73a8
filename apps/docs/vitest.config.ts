import { readdirSync, readFileSync } from 'node:fs';
import { configDefaults, defineProject } from 'vitest/config';
import { workspaceSources } from '../../vitest.sources';

// The tests that drive Chromium, found by what they import, so that a new one is one too.
// `pnpm test:quick` (APEX_TEST_QUICK=1) leaves them out, and the guides' snippets, each a
// program or a vitest run of its own: they check the docs, not the code the inner loop edits.
const browserTests = readdirSync(new URL('./src', import.meta.url))
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) =>
    readFileSync(new URL(`./src/${name}`, import.meta.url), 'utf8').includes("'./launchBrowser'"),
  )
  .map((name) => `src/${name}`);
const quickExcluded = [...browserTests, 'src/guideSnippets.test.ts'];

export default defineProject({
  resolve: { alias: workspaceSources() },
  test: {
    name: 'docs',
    include: ['src/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(process.env.APEX_TEST_QUICK ? quickExcluded : [])],
    // A real browser and real child processes: slower than unit tests, on a 2-core machine too.
    testTimeout: 120_000,
    // The pages a file checks side by side: enough to overlap their waits, few enough that
    // Chromium does not starve the tests running beside it on two cores.
    maxConcurrency: 3,
    hookTimeout: 120_000,
  },
});
