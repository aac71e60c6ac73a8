import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// The docs site is built before this package (turbo orders it); shipping it inside dist makes
// `/docs` work from the published package, offline.
const docsSite = fileURLToPath(new URL('../../apps/docs/dist', import.meta.url));
const docsTarget = fileURLToPath(new URL('./dist/docs', import.meta.url));
const dist = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The CLI: one ESM file with its dependencies inside, so that starting it reads one module
 * instead of express's hundreds of small files. ws's optional native helpers stay outside (it
 * loads them in a try); bundled CommonJS gets a real `require` for node's built-ins. The CLI's
 * test builds it fresh with these same options.
 */
export const cliBundle: Options = {
  entry: { cli: fileURLToPath(new URL('./src/cli.ts', import.meta.url)) },
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/.*/],
  external: ['bufferutil', 'utf-8-validate'],
  splitting: false,
  minify: true,
  sourcemap: false,
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

/** The library: ESM and CommonJS, its dependencies left to the consumer's node_modules. */
const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  shims: true,
  target: 'es2022',
  onSuccess: async () => {
    rmSync(docsTarget, { recursive: true, force: true });
    if (existsSync(docsSite)) {
      cpSync(docsSite, docsTarget, { recursive: true });
    }
  },
};

// Both builds write into dist: it is emptied once, before either starts.
export default defineConfig(() => {
  rmSync(dist, { recursive: true, force: true });
  return [library, cliBundle];
});
