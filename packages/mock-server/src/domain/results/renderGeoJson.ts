import { boxPolygon } from '../geometry/boxPolygon';
import { cellBounds, type ResultGrid } from './resultGrid';

// A 4 x 4 grid of features is plenty to draw on a map, and keeps the document small.
const FEATURE_GRID = 4;

/** A FeatureCollection of square cells covering the grid's area, each with its mean value. */
export function renderGeoJson(grid: ResultGrid, title: string): Uint8Array {
  const step = grid.size / FEATURE_GRID;
  const features = [];
  for (let row = 0; row < FEATURE_GRID; row++) {
    for (let column = 0; column < FEATURE_GRID; column++) {
      let sum = 0;
      for (let r = row * step; r < (row + 1) * step; r++) {
        for (let c = column * step; c < (column + 1) * step; c++)
          sum += grid.values[r * grid.size + c] ?? 0;
      }
      const [west] = cellBounds(grid, row * step, column * step);
      const [, south, east] = cellBounds(grid, (row + 1) * step - 1, (column + 1) * step - 1);
      const [, , , north] = cellBounds(grid, row * step, column * step);
      features.push({
        type: 'Feature',
        id: row * FEATURE_GRID + column,
        properties: { value: Math.round((sum / (step * step)) * 1000) / 1000 },
        geometry: boxPolygon(west, south, east, north),
      });
    }
  }
  return new TextEncoder().encode(
    JSON.stringify({ type: 'FeatureCollection', name: title, bbox: grid.area, features }),
  );
}
