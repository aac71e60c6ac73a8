import { defineConfig } from 'tsup';
import { cliBundle } from './tsup.config';

// Only the CLI bundle, without types or the library: what `pnpm start` builds before the server
// answers (`pnpm --filter @apex-dispatch/mock-server build:cli`). It leaves the rest of dist as is.
export default defineConfig({ ...cliBundle, silent: true });
