import { NetCDFReader } from 'netcdfjs';
import { describe, expect, it } from 'vitest';
import { writeNetcdfClassic } from './writeNetcdfClassic';

describe('writeNetcdfClassic', () => {
  it('writes every type, attribute and odd-sized name so that netcdfjs reads them back', () => {
    const bytes = writeNetcdfClassic({
      dimensions: [
        { name: 'x', size: 3 },
        { name: 'yy', size: 2 },
      ],
      attributes: [
        { name: 'title', value: 'odd length' },
        { name: 'scale', type: 'double', value: [0.5, 2] },
      ],
      variables: [
        { name: 'grid', dimensions: ['yy', 'x'], type: 'int', data: [1, 2, 3, 4, 5, 6] },
        {
          name: 'f',
          dimensions: ['yy'],
          type: 'float',
          attributes: [{ name: 'units', value: 'm' }],
          data: [1.5, -2.25],
        },
        { name: 'd', dimensions: ['x'], type: 'double', data: [Math.PI, 0, -1e300] },
      ],
    });
    const reader = new NetCDFReader(bytes);
    expect(reader.version).toBe('classic format');
    expect(reader.getAttribute('title')).toBe('odd length');
    expect(reader.getAttribute('scale')).toEqual([0.5, 2]);
    expect(reader.getDataVariable('grid')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reader.getDataVariable('f')).toEqual([1.5, -2.25]);
    expect(reader.getDataVariable('d')).toEqual([Math.PI, 0, -1e300]);
    expect(reader.variables.find((variable) => variable.name === 'f')?.attributes).toEqual([
      { name: 'units', type: 'char', value: 'm' },
    ]);
  });

  it('refuses data that does not fill its dimensions', () => {
    expect(() =>
      writeNetcdfClassic({
        dimensions: [{ name: 'x', size: 3 }],
        variables: [{ name: 'v', dimensions: ['x'], type: 'int', data: [1, 2] }],
      }),
    ).toThrow(/needs 3 values/);
  });
});
