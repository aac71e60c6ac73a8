import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Exports = Record<string, string | { source?: string }>;

const root = dirname(fileURLToPath(import.meta.url));

/**
 * Aliases from every workspace package's entry points to their source files (the `source`
 * condition of their exports), so a test never runs a stale `dist` after an edit. Aliases, not
 * `resolve.conditions`: a test that loads a built copy on purpose (Node's own `import()`) must
 * keep the built copies of its dependencies.
 */
export function workspaceSources(): { find: RegExp; replacement: string }[] {
  return ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group)).flatMap((name) => {
      const dir = join(root, group, name);
      let manifest: { name: string; exports?: Exports };
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        return [];
      }
      return Object.entries(manifest.exports ?? {}).flatMap(([subpath, entry]) => {
        const source = typeof entry === 'object' ? entry.source : undefined;
        if (!source) return [];
        const specifier = `${manifest.name}${subpath.slice(1)}`.replace(/[/.]/g, '\\$&');
        return [{ find: new RegExp(`^${specifier}$`), replacement: resolve(dir, source) }];
      });
    }),
  );
}
