import { readFile } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocsFileReader } from '../domain/http/docsAnswer';

/** Where the docs site is shipped: dist/docs, next to the built server. */
export const defaultDocsDir = (): string => fileURLToPath(new URL('./docs', import.meta.url));

/** Reads the docs site's files from a folder; nothing outside it. */
export function nodeDocsReader(docsDir: string): DocsFileReader {
  const root = resolve(docsDir);
  return (path) => {
    const file = resolve(root, path);
    if (!file.startsWith(`${root}${sep}`)) return Promise.resolve(undefined);
    // node:fs's callback form: fs/promises would load with the server, for the first page only.
    return new Promise((done) => {
      readFile(file, (error, bytes) => done(error ? undefined : bytes));
    });
  };
}
