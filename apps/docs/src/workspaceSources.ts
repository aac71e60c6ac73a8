import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'packages');

/**
 * The workspace packages the docs' tests run, which the docs app does not depend on: the mock's
 * build ships the docs site, so a dependency the other way would make the package graph a cycle.
 * The tests reach them by their source instead (the `source` entry of their exports), and never
 * need them built.
 */
const testedPackages = ['client', 'conformance', 'mock-server'] as const;

type ExportEntry = { source?: string };

/** Each import specifier of those packages (`@apex-dispatch/mock-server/msw`) to its source file. */
export const workspaceSources: Record<string, string> = Object.fromEntries(
  testedPackages.flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, ExportEntry | string>;
    };
    return Object.entries(manifest.exports).flatMap(([subpath, entry]) =>
      typeof entry === 'object' && entry.source
        ? [[`${manifest.name}${subpath.slice(1)}`, join(packagesDir, dir, entry.source)]]
        : [],
    );
  }),
);

/** esbuild resolving those specifiers to their source, for the pages and programs tests build. */
export const workspaceSourcesPlugin: Plugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@apex-dispatch\// }, ({ path }) => {
      const source = workspaceSources[path];
      return source ? { path: source } : undefined;
    });
  },
};
