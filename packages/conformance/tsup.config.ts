import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const dist = fileURLToPath(new URL('./dist', import.meta.url));

/** The command: one ESM file run by bin/, its dependencies from node_modules. */
export const cliBuild: Options = {
  entry: { cli: fileURLToPath(new URL('./src/cli.ts', import.meta.url)) },
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  sourcemap: false,
  outDir: dist,
};

/** The library: ESM and CommonJS with their declarations. */
const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
};

// Both builds write into dist: it is emptied once, before either starts.
export default defineConfig(() => {
  rmSync(dist, { recursive: true, force: true });
  return [library, cliBuild];
});
