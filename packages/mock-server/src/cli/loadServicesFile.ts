import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  type ServiceDefinition,
  ServiceDefinitionSchema,
} from '../domain/params/ServiceDefinition';

/**
 * Reads a `--services` JSON file: a list of service definitions, or an object with a
 * `services` list. Throws an Error saying what is wrong with it.
 */
export function loadServicesFile(path: string): ServiceDefinition[] {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read services file ${path}: ${(error as Error).message}`);
  }
  const list =
    typeof document === 'object' && document !== null && 'services' in document
      ? document.services
      : document;
  const parsed = z.array(ServiceDefinitionSchema).safeParse(list);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid services file ${path}: ${problems}`);
  }
  return parsed.data;
}
