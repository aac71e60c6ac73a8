import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { declarationOptions } from '../../tsup.declarations';

const dist = fileURLToPath(new URL('./dist', import.meta.url));

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Named here, not left to tsup's reading of the package.json in the working folder: the CLI's
// test builds from the repository's root, whose manifest has none of them.
const dependencies = [
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
];

/** The command: one ESM file run by bin/, its dependencies from node_modules. */
export const cliBuild: Options = {
  entry: { cli: fileURLToPath(new URL('./src/cli.ts', import.meta.url)) },
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  sourcemap: false,
  external: dependencies,
  outDir: dist,
};

/** The library: ESM and CommonJS with their declarations. */
const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: declarationOptions },
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
};

// Both builds write into dist: it is emptied once, before either starts.
export default defineConfig(() => {
  rmSync(dist, { recursive: true, force: true });
  return [library, cliBuild];
});
