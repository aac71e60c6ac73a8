import { defineConfig } from 'tsup';
import { declarationOptions } from '../../tsup.declarations';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: declarationOptions },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
