import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referenceDocument } from './referenceDocument';

const copy = fileURLToPath(
  new URL('../../reference/apex-dispatch-api-0.7.2.openapi.json', import.meta.url),
);

describe('the reference document the tests compare with', () => {
  it('is the published 0.7.2 document, byte for byte as upstream published it', () => {
    const digest = createHash('sha256').update(readFileSync(copy)).digest('hex');
    expect(digest).toBe('f0987328c15f9efffedd4f390393c4099c8a208699682ab4c2048115f69b8989');
  });

  it('has the 10 paths and 40 component schemas of version 0.7.2', () => {
    const { info, paths, components } = referenceDocument as typeof referenceDocument & {
      info: { version: string };
    };
    expect(info.version).toBe('0.7.2');
    expect(Object.keys(paths)).toHaveLength(10);
    expect(Object.keys(components.schemas)).toHaveLength(40);
  });
});
