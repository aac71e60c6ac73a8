import type { ResultGrid } from './resultGrid';

/** A JSON document with the area, time range and statistics of the grid's values. */
export function renderJson(grid: ResultGrid, title: string): Uint8Array {
  const values = Array.from(grid.values, (value) => Math.round(value * 1000) / 1000);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return new TextEncoder().encode(
    JSON.stringify({
      title,
      bbox: grid.area,
      temporal_extent: grid.interval,
      statistics: {
        count: values.length,
        min: Math.min(...values),
        max: Math.max(...values),
        mean: Math.round(mean * 1000) / 1000,
      },
    }),
  );
}
