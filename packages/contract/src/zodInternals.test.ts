import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceDir = dirname(fileURLToPath(import.meta.url));

// zod 3's internals, which zod 4 renames or drops: `_def`, `_parse`, `typeName`.
const internals = /\._def\b|\b_parse\b|\btypeName\b/;

describe("zod's internals", () => {
  it('are read in openapi/zodDefinitions.ts only, the file that goes with zod 4', () => {
    const modules = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file),
    );
    const readers = modules.filter((file) =>
      internals.test(readFileSync(join(sourceDir, file), 'utf8')),
    );
    expect(readers.map((file) => file.replaceAll('\\', '/'))).toEqual([
      'openapi/zodDefinitions.ts',
    ]);
  });
});
