import type { GridTypeEnum, Polygon } from '@apex-dispatch/contract';
import { boxPolygon } from '../geometry/boxPolygon';
import { validationFailed } from '../validation/ValidationIssue';
import { rectangleIntersectsRing } from './rectangleIntersectsRing';

const KM_PER_DEGREE = 111.32;
const GRID_KM: Record<GridTypeEnum, number> = { '20x20km': 20, '250x250km': 250 };

/** More tiles than this is not an area an upscaling task could run on. */
export const MAX_TILES = 10_000;

/**
 * The cells of a grid that overlap an area of interest. The grid is a fixed lattice on the
 * globe: rows of the grid's size in latitude, and in each row cells of the grid's size in
 * longitude at the row's middle latitude, so the same area always gives the same tiles.
 */
export function splitInTiles(aoi: Polygon, grid: GridTypeEnum): Polygon[] {
  const outer = (aoi.coordinates[0] ?? []).map(([x, y]) => [x ?? 0, y ?? 0] as const);
  const xs = outer.map(([x]) => x);
  const ys = outer.map(([, y]) => y);
  const rowHeight = GRID_KM[grid] / KM_PER_DEGREE;
  const firstRow = Math.floor(Math.min(...ys) / rowHeight);
  const lastRow = Math.floor(Math.max(...ys) / rowHeight);
  const tiles: Polygon[] = [];
  let examined = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    const south = row * rowHeight;
    const north = south + rowHeight;
    const middle = Math.min(Math.abs(south + rowHeight / 2), 89) * (Math.PI / 180);
    const columnWidth = Math.min(GRID_KM[grid] / (KM_PER_DEGREE * Math.cos(middle)), 360);
    const firstColumn = Math.floor(Math.min(...xs) / columnWidth);
    const lastColumn = Math.floor(Math.max(...xs) / columnWidth);
    examined += lastColumn - firstColumn + 1;
    if (examined > MAX_TILES) {
      throw validationFailed([
        {
          type: 'value_error',
          loc: ['body', 'aoi'],
          msg: `Value error, the area of interest needs more than ${MAX_TILES} tiles of a ${grid} grid`,
          input: aoi,
        },
      ]);
    }
    for (let column = firstColumn; column <= lastColumn; column++) {
      const west = column * columnWidth;
      const east = west + columnWidth;
      if (!rectangleIntersectsRing([west, south, east, north], outer)) continue;
      tiles.push(boxPolygon(west, south, east, north));
    }
  }
  return tiles;
}
