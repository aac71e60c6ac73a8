import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { declarationOptions } from '../../tsup.declarations';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// Each module stays its own file in dist, importing the others, so that an app's bundler drops
// every module the app does not use (`sideEffects: false`). Bundled into one file, the schemas
// of the whole contract would stay in every app: a module-level `z.object(...)` call is not
// known to be pure.
const moduleByModule: Plugin = {
  name: 'module-by-module',
  setup(build) {
    const extension = build.initialOptions.outExtension?.['.js'] ?? '.js';
    build.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir, kind }) => {
      if (kind === 'entry-point') return undefined;
      const file = existsSync(`${resolve(resolveDir, path)}.ts`) ? path : `${path}/index`;
      return { path: `${file}${extension}`, external: true };
    });
  },
};

export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/testing/**'],
  format: ['esm', 'cjs'],
  esbuildPlugins: [moduleByModule],
  dts: {
    entry: { index: 'src/index.ts', openapi: 'src/openapi/index.ts' },
    compilerOptions: declarationOptions,
  },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
