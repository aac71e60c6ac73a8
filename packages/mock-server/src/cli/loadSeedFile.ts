import { readFileSync } from 'node:fs';
import { type MockSeed, MockSeedSchema } from '../domain/control/MockSeed';

/**
 * Reads a `--seed` JSON file: `{ "jobs": [...], "tasks": [...] }`, as `control.seed()` takes.
 * Throws an Error saying what is wrong with it.
 */
export function loadSeedFile(path: string): MockSeed {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read seed file ${path}: ${(error as Error).message}`);
  }
  const parsed = MockSeedSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid seed file ${path}: ${problems}`);
  }
  return document as MockSeed;
}
