import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Json = { [key: string]: unknown };

/** The published OpenAPI document of the real service: the copy in `reference/`, for tests. */
export const referenceDocument = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../reference/apex-dispatch-api-0.7.2.openapi.json', import.meta.url)),
    'utf8',
  ),
) as {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};
