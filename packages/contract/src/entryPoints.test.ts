import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceDir = dirname(fileURLToPath(import.meta.url));

/** Every module an entry reaches through its imports, and the packages they import. */
function reach(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
      if (!specifier) continue;
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

describe('the entry points', () => {
  it('keep the JSON Schema converter and the OpenAPI builder out of the main entry', () => {
    const { files, packages } = reach('index.ts');
    expect(files).toContain('dispatchContract.ts');
    expect(files.filter((file) => /^(openapi|conformance|testing)\//.test(file))).toEqual([]);
    expect(packages.sort()).toEqual(['@ts-rest/core', 'zod']);
  });

  it('bring the converter in with the openapi entry', () => {
    const { files, packages } = reach('openapi/index.ts');
    expect(files).toContain('openapi/toJsonSchema.ts');
    expect(packages).toContain('zod-to-json-schema');
  });
});
