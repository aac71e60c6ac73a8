import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

// The docs site is built before this package (turbo orders it); shipping it inside dist makes
// `/docs` work from the published package, offline.
const docsSite = fileURLToPath(new URL('../../apps/docs/dist', import.meta.url));
const docsTarget = fileURLToPath(new URL('./dist/docs', import.meta.url));

export default defineConfig({
  // src/cli.ts starts with a shebang, which esbuild keeps at the top of dist/cli.js.
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  shims: true,
  target: 'es2022',
  onSuccess: async () => {
    rmSync(docsTarget, { recursive: true, force: true });
    if (existsSync(docsSite)) {
      cpSync(docsSite, docsTarget, { recursive: true });
    }
  },
});
