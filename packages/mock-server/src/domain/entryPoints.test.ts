import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module an entry reaches through its imports (types too), and the packages they name. */
function reach(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g),
      ...source.matchAll(/import\(\s*'([^']+)'\s*\)/g),
    ].map(([, specifier]) => specifier ?? '');
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const target = [`${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
      if (!target) throw new Error(`${file} imports ${specifier}, which does not resolve`);
      visit(target);
    }
  };
  visit(resolve(sourceDir, entry));
  return { files: [...files].map((file) => relative(sourceDir, file)), packages: [...packages] };
}

const NODE_ONLY = new Set(['express', 'ws', 'pino', ...builtinModules]);
const nodeOnly = (specifier: string) =>
  specifier.startsWith('node:') || NODE_ONLY.has(specifier) || specifier.startsWith('@types/');

describe('the browser-safe entry points', () => {
  it.each(['domain/createMockCore.ts', 'fetch/index.ts'])(
    '%s reaches no express, ws, pino nor Node built-in',
    (entry) => {
      const { files, packages } = reach(entry);
      expect(files.length).toBeGreaterThan(50);
      expect(packages.filter(nodeOnly)).toEqual([]);
      expect(
        files.filter((file) => !file.startsWith('domain/') && !file.startsWith('fetch/')),
      ).toEqual([]);
    },
  );

  it('uses no Buffer nor process in the domain', () => {
    const { files } = reach('fetch/index.ts');
    const offending = files.filter((file) =>
      /\bBuffer\.|\bprocess\.[a-zA-Z]|\brequire\(/.test(
        readFileSync(resolve(sourceDir, file), 'utf8'),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the node adapters out of the domain (the check can fail)', () => {
    expect(reach('http/startMockServer.ts').packages).toContain('node:http');
  });
});
