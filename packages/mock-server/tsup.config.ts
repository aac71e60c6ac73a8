import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { declarationOptions } from '../../tsup.declarations';

// The docs site, a devDependency, is built before this package (turbo's ^build orders it);
// shipping it inside dist makes `/docs` work from the published package, offline. The docs app
// tests this package from its source, never its build, so the package graph has no cycle.
const docsSite = join(
  dirname(createRequire(import.meta.url).resolve('@apex-dispatch/docs/package.json')),
  'dist',
);
const docsTarget = fileURLToPath(new URL('./dist/docs', import.meta.url));
const dist = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * The CLI: one CommonJS file with its dependencies inside, so that starting it reads one module
 * instead of hundreds of small files, and so that the command (bin/apex-dispatch-mock.cjs)
 * can compile it with V8's code cache, which Node 20 offers for scripts but not for ES modules.
 * What is only loaded later, if ever, stays in node_modules (the package depends on it anyway)
 * rather than being read at every start: geotiff (a dependency of the package, imported on the
 * first GeoTIFF answer; 280 KB with its decoders), ws (imported with the first status stream;
 * 50 KB of the bundle otherwise) and ws's optional native helpers. The CLI's server is
 * node:http, so express is not in it. The CLI's test builds it fresh with these same options,
 * and so does `pnpm start` (tsup.cli.config.ts).
 */
// The contract is bundled from its sources, so that the CLI can be built before the contract
// is (`pnpm start` builds only this bundle before the server answers).
const contractSource = fileURLToPath(new URL('../contract/src', import.meta.url));
const lazilyLoaded = ['geotiff', 'ws', 'bufferutil', 'utf-8-validate'];

export const cliBundle: Options = {
  entry: { cli: fileURLToPath(new URL('./src/cli.ts', import.meta.url)) },
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  format: ['cjs'],
  platform: 'node',
  // `import.meta.url` (the package's manifest, the docs beside the bundle) from `__filename`.
  shims: true,
  target: 'node20',
  noExternal: [new RegExp(`^(?!(${lazilyLoaded.join('|')})$)`)],
  external: lazilyLoaded,
  splitting: false,
  minify: true,
  esbuildOptions: (options) => {
    // `import('geotiff')` becomes a `require`: Node 20 drops a script's `import()` callback
    // when the script comes from V8's code cache, and geotiff has a CommonJS build.
    options.supported = { ...options.supported, 'dynamic-import': false };
    options.alias = {
      ...options.alias,
      '@apex-dispatch/contract': contractSource,
    };
  },
  sourcemap: false,
};

/** The library: ESM and CommonJS, its dependencies left to the consumer's node_modules. */
const library: Options = {
  entry: { index: 'src/index.ts', fetch: 'src/fetch/index.ts', msw: 'src/msw/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: declarationOptions },
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
