import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';

// Offsets as Python's json.loads reports them (JSONDecodeError.pos).
describe('jsonErrorOffset', () => {
  it.each([
    ['', 0],
    ['   ', 3],
    ['{', 1],
    ['{"a"', 4],
    ['{"a":', 5],
    ['{"a": tru}', 6],
    ['{"a": 1 "b": 2}', 8],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a": "b\\x"}', 8],
    ['{"a": "b\n"}', 8],
    ['{"a": "unterminated', 6],
    ['{} {}', 3],
    ['{"a": -}', 6],
    ['nope', 0],
  ])('finds the error in %j at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('copes with nesting far deeper than the call stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(1_000_000)}x`)).toBe(1_000_000);
  });
});
