import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The docs app's folder. */
export const DOCS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where `pnpm --filter @apex-dispatch/docs build` writes the site. */
export const DIST_DIR = join(DOCS_ROOT, 'dist');
/** Test artifacts: screenshots, measured sizes, the programs made from snippets (gitignored). */
export const TEST_RESULTS_DIR = join(DOCS_ROOT, 'test-results');

export type Guide = { slug: string; title: string; summary: string };

/** The guides, in the order the site lists them. */
export const guides: Guide[] = JSON.parse(
  readFileSync(join(DOCS_ROOT, 'guides', 'guides.json'), 'utf8'),
);

export const readGuide = (slug: string): string =>
  readFileSync(join(DOCS_ROOT, 'guides', `${slug}.md`), 'utf8');

/** The address the guides' snippets use; tests put the mock server's own there. */
export const GUIDE_BASE_URL = 'http://127.0.0.1:8000';

/**
 * A program made of a guide's TypeScript snippets: a ```ts block starts one, each following
 * ```ts continued block adds to it, a ```ts vitest block is a test file of its own, a
 * ```ts browser block is a page's script, run in Chromium instead of Node, and a ```ts typecheck
 * block a file only type-checked, for code that needs a host the tests do not run (Storybook).
 */
export type SnippetProgram = {
  name: string;
  kind: 'script' | 'vitest' | 'browser' | 'typecheck';
  code: string;
};

/** The programs of a guide, in order. */
export const snippetPrograms = (slug: string): SnippetProgram[] =>
  markdownPrograms(readGuide(slug), slug);

/** The programs of a markdown text's TypeScript snippets, named `<prefix>-<n>`, in order. */
export function markdownPrograms(markdown: string, prefix: string): SnippetProgram[] {
  const programs: SnippetProgram[] = [];
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const flags = (match[2] ?? '').trim().split(/\s+/);
    const code = match[3] ?? '';
    const last = programs.at(-1);
    if (flags.includes('continued')) {
      if (!last) throw new Error(`${prefix}: a "ts continued" block follows no ts block`);
      last.code += `\n${code}`;
      continue;
    }
    const kinds = ['vitest', 'browser', 'typecheck'] as const;
    programs.push({
      name: `${prefix}-${programs.length + 1}`,
      kind: kinds.find((kind) => flags.includes(kind)) ?? 'script',
      code,
    });
  }
  return programs;
}

/** The examples of the mock's README, which the docs' tests run as the guides'. */
export const readmePrograms = (): SnippetProgram[] =>
  markdownPrograms(
    readFileSync(join(DOCS_ROOT, '..', '..', 'packages', 'mock-server', 'README.md'), 'utf8'),
    'mock-server-readme',
  );
