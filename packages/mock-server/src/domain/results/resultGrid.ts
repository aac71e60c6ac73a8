import type { BaseJobRequest } from '@apex-dispatch/contract';
import { type Area, areaOfInterest } from './areaOfInterest';
import { seededRandom } from './seededRandom';
import { temporalExtent } from './temporalExtent';

/** Side of the square grid every mock result samples its area with. */
export const GRID_SIZE = 16;

/** A mock "index" over the request's area: a grid of values in [0, 1], north row first. */
export type ResultGrid = {
  area: Area;
  interval: [string | null, string | null];
  size: number;
  values: Float32Array;
};

/** The grid a request yields: the same request always yields the same values. */
export function resultGrid(request: BaseJobRequest): ResultGrid {
  const { title, label, service, parameters, format } = request;
  const random = seededRandom({ title, label, service, parameters, format });
  const values = new Float32Array(GRID_SIZE * GRID_SIZE);
  // A smooth gradient plus noise looks like a field, not static.
  const tilt = random();
  for (let row = 0; row < GRID_SIZE; row++) {
    for (let column = 0; column < GRID_SIZE; column++) {
      const gradient = (tilt * row + (1 - tilt) * column) / (GRID_SIZE - 1);
      values[row * GRID_SIZE + column] =
        Math.round((0.7 * gradient + 0.3 * random()) * 1000) / 1000;
    }
  }
  return {
    area: areaOfInterest(parameters),
    interval: temporalExtent(parameters),
    size: GRID_SIZE,
    values,
  };
}

/** The west, south, east and north edges of a grid cell. */
export function cellBounds(grid: ResultGrid, row: number, column: number): Area {
  const [west, south, east, north] = grid.area;
  const width = (east - west) / grid.size;
  const height = (north - south) / grid.size;
  return [
    west + column * width,
    north - (row + 1) * height,
    west + (column + 1) * width,
    north - row * height,
  ];
}
