// The contract's document builders, bundled from the contract's sources (the `source` entry of
// its exports) with esbuild: the site builds without waiting for the contract's own build, whose
// type declarations take most of ten seconds, so that `pnpm start` serves /docs that much sooner.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const contractDir = dirname(require.resolve('@apex-dispatch/contract/package.json'));
const { exports } = JSON.parse(readFileSync(join(contractDir, 'package.json'), 'utf8'));
const outfile = join(root, 'node_modules', '.cache', 'docs-build', 'contractDocuments.mjs');

await build({
  entryPoints: [join(contractDir, exports['./openapi'].source)],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});

export const { buildOpenApiDocument, buildAsyncApiDocument } = await import(
  pathToFileURL(outfile).href
);
