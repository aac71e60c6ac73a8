import { describe, expect, it } from 'vitest';
import { parseByteSize } from './parseByteSize';

describe('parseByteSize', () => {
  it.each([
    [1024, 1024],
    ['65536', 65_536],
    ['10mb', 10 * 1024 * 1024],
    ['512 KB', 512 * 1024],
    ['1.5kb', 1536],
    ['1gb', 1024 ** 3],
  ])('reads %j as %i bytes', (size, bytes) => {
    expect(parseByteSize(size)).toBe(bytes);
  });

  it.each(['huge', '-1', '10 tb', '', Number.NaN, -5])('refuses %j', (size) => {
    expect(parseByteSize(size)).toBeUndefined();
  });
});
