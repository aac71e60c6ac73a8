import { writeNetcdfClassic } from './netcdf/writeNetcdfClassic';
import { cellBounds, type ResultGrid } from './resultGrid';

/** A CF-style NetCDF classic file with `lat`, `lon` and the grid's `value` variable. */
export function renderNetcdf(grid: ResultGrid, title: string): Uint8Array {
  const latitudes = Array.from({ length: grid.size }, (_, row) => {
    const [, south, , north] = cellBounds(grid, row, 0);
    return (south + north) / 2;
  });
  const longitudes = Array.from({ length: grid.size }, (_, column) => {
    const [west, , east] = cellBounds(grid, 0, column);
    return (west + east) / 2;
  });
  const bytes = writeNetcdfClassic({
    dimensions: [
      { name: 'lat', size: grid.size },
      { name: 'lon', size: grid.size },
    ],
    attributes: [
      { name: 'Conventions', value: 'CF-1.8' },
      { name: 'title', value: title },
      { name: 'source', value: 'APEx Dispatch API mock server' },
    ],
    variables: [
      {
        name: 'lat',
        dimensions: ['lat'],
        type: 'double',
        attributes: [
          { name: 'standard_name', value: 'latitude' },
          { name: 'units', value: 'degrees_north' },
        ],
        data: latitudes,
      },
      {
        name: 'lon',
        dimensions: ['lon'],
        type: 'double',
        attributes: [
          { name: 'standard_name', value: 'longitude' },
          { name: 'units', value: 'degrees_east' },
        ],
        data: longitudes,
      },
      {
        name: 'value',
        dimensions: ['lat', 'lon'],
        type: 'float',
        attributes: [
          { name: 'long_name', value: 'Mock index value' },
          { name: 'units', value: '1' },
          { name: 'valid_range', type: 'float', value: [0, 1] },
        ],
        data: grid.values,
      },
    ],
  });
  return bytes;
}
