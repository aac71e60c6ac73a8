import { readFileSync } from 'node:fs';
import { type ServiceDefinition, ServicesFileSchema } from './ServiceDefinition';

/** Reads a `--services` JSON file; throws an Error saying what is wrong with it. */
export function loadServicesFile(path: string): ServiceDefinition[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read services file ${path}: ${(error as Error).message}`);
  }
  const parsed = ServicesFileSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid services file ${path}: ${problems}`);
  }
  return parsed.data;
}
