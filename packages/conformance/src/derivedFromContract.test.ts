import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dispatchChannels,
  dispatchContract,
  documentPaths,
  fastApiErrors,
  knownErrors,
  viennaTileRequestExample,
  wireHeaders,
  wsMessageTexts,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));

/** Every module the package ships (tests and their helpers aside), its comments removed. */
function shippedCode(): { file: string; code: string }[] {
  const files = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'),
  );
  return files.map((file) => ({
    file: relative(sourceDir, join(sourceDir, file)),
    code: readFileSync(join(sourceDir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, ''),
  }));
}

// The contract's wire facts that a check could be tempted to write down again.
const facts = [
  ...Object.values(dispatchContract).map((route) => route.path),
  ...Object.values(dispatchChannels).map((channel) => channel.path),
  documentPaths.openApi,
  ...Object.values(fastApiErrors).map((error) => error.detail),
  ...Object.values(knownErrors).map((error) => error.message),
  wireHeaders.correlationId,
  wireHeaders.notAuthenticatedChallenge.name,
  ...Object.values(wsMessageTexts),
  String(viennaTileRequestExample.aoi.coordinates[0]?.[0]?.[0]),
];

describe('the checks', () => {
  it('restate no wire fact of the contract: they read each from it', () => {
    const restated = shippedCode().flatMap(({ file, code }) =>
      facts.filter((fact) => code.includes(fact)).map((fact) => `${file}: ${fact}`),
    );
    expect(restated).toEqual([]);
  });
});
