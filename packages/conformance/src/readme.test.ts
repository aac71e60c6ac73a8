import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@apex-dispatch/mock-server';
import { describe, expect, it, vi } from 'vitest';
import { allChecks } from './checks/allChecks';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

describe('the README', () => {
  it('lists every check, by its id, in the order a run makes them', () => {
    const listed = [...readme.matchAll(/^\| `([a-z.-]+)` +\|/gm)].map((match) => match[1]);
    expect(listed).toEqual(allChecks.map((check) => check.id));
  });

  it("runs its library example as written, against the mock on the example's port", async () => {
    const example = /## As a library\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toContain("baseUrl: 'http://127.0.0.1:8000'");
    const server = await startMockServer({ port: 0 });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      // Only where it runs changes: this package's source, and the mock's free port.
      const dir = join(packageDir, 'node_modules', '.cache', 'readme');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, 'example.ts');
      writeFileSync(
        file,
        example
          .replace(
            "'@apex-dispatch/conformance'",
            JSON.stringify(join(packageDir, 'src', 'index.ts')),
          )
          .replace("'http://127.0.0.1:8000'", JSON.stringify(server.url)),
      );
      await import(/* @vite-ignore */ file);
      expect(String(log.mock.calls[0]?.[0])).toContain('23 checks: 18 passed, 0 failed, 5 skipped');
      expect(process.exitCode).toBe(0);
    } finally {
      log.mockRestore();
      process.exitCode = undefined;
      await server.close();
    }
  });
});
