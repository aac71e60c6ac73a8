import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  authFailureTemplates,
  dispatchChannels,
  dispatchContract,
  documentPaths,
  fastApiErrors,
  knownErrors,
  metadataOf,
  pydanticMessages,
  rawResultMediaTypes,
  unclosedRingReason,
  wireHeaders,
  wsMessageTexts,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));

/** Every module of the package, its test helpers too (not the tests), its comments removed. */
function shippedCode(): { file: string; code: string }[] {
  return readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({
      file,
      code: readFileSync(join(sourceDir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    }));
}

const texts = (values: readonly unknown[]) =>
  values.filter((value): value is string => typeof value === 'string');

// The contract's wire facts the client could be tempted to write down again, and the path-template
// handling that the contract's pathTemplate module owns.
const facts = [
  ...texts(Object.values(pydanticMessages)),
  ...Object.values(knownErrors).map((error) => error.message),
  // Quoted: a platform's own HTTP reason (`Reason: Not Found`) is no restatement.
  ...Object.values(fastApiErrors).map((error) => `'${error.detail}'`),
  documentPaths.openApi,
  ...texts(Object.values(dispatchContract).map((route) => metadataOf(route).failureMessage)),
  ...Object.values(dispatchChannels).map((channel) => channel.failureMessage),
  ...Object.values(wsMessageTexts),
  wireHeaders.correlationId,
  wireHeaders.notAuthenticatedChallenge.name,
  unclosedRingReason,
  authFailureTemplates.exchangeNotConfigured,
  ...rawResultMediaTypes,
  ':(\\w+)',
  "'([^/]+)'",
];

describe('the client', () => {
  it('restates no wire fact of the contract, its service double neither', () => {
    const restated = shippedCode().flatMap(({ file, code }) =>
      facts.filter((fact) => code.includes(fact)).map((fact) => `${file}: ${fact}`),
    );
    expect(restated).toEqual([]);
  });
});
