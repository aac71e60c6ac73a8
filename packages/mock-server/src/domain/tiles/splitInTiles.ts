import {
  type GridTypeEnum,
  type Polygon,
  routeFailureTemplates,
  type Tile,
} from '@apex-dispatch/contract';
import { knownError } from '../errors/knownErrors';
import { assertClosedRings } from './assertClosedRings';
import { type Box, expandBox } from './Box';
import { intersectCell } from './intersectCell';
import { layOutTile } from './layOutTile';
import { type RingPoint, ringNearBox } from './ringNearBox';
import { toWebMercator } from './webMercator';

/** The side of a grid's cells, in Web Mercator metres. */
const CELL_SIZE: Record<GridTypeEnum, number> = { '20x20km': 20_000, '250x250km': 250_000 };

/** Rings are reduced to a box this fraction of a cell wider than the column or cell. */
const MARGIN = 0.1;

// The ring in projected metres, open, each vertex placed at its index.
function projectRing(ring: Polygon['coordinates'][number]): RingPoint[] {
  const points = ring.map(([longitude, latitude], param): RingPoint => {
    const [x, y] = toWebMercator(longitude, latitude);
    return { x, y, param };
  });
  return points.slice(0, -1);
}

/** The service's answer when its overlay fails (an invalid area): 500 `INTERNAL_ERROR`. */
const tilesFailure = (grid: GridTypeEnum, cause?: unknown) =>
  knownError('INTERNAL_ERROR', {
    message: routeFailureTemplates.splitInTiles(grid),
    cause,
  });

function boundsOf(rings: readonly (readonly RingPoint[])[], grid: GridTypeEnum): Box {
  const bounds: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of rings) {
    for (const { x, y } of ring) {
      // Past a pole pyproj answers inf and the service's grid loop never ends; the mock's own
      // answer is the service's failure.
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw tilesFailure(grid);
      bounds.minX = Math.min(bounds.minX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxX = Math.max(bounds.maxX, x);
      bounds.maxY = Math.max(bounds.maxY, y);
    }
  }
  return bounds;
}

// polyclip-ts gives up on some invalid areas (GEOS refuses them too, with the same answer).
function intersectOrFail(
  rings: Parameters<typeof intersectCell>[0],
  cell: Box,
  grid: GridTypeEnum,
) {
  try {
    return intersectCell(rings, cell);
  } catch (error) {
    throw tilesFailure(grid, error);
  }
}

/**
 * The tiles `POST /tiles` answers, computed as the service does: the area of interest in Web
 * Mercator metres; square cells of the grid's size from the projected bounding box's minimum x
 * and y, stepping while below its maximum (columns west to east, each south to north); each
 * cell intersected with the area, holes respected; empty intersections dropped; the rest
 * projected back to longitude/latitude. No limit on the number of tiles.
 */
export function splitInTiles(aoi: Polygon, grid: GridTypeEnum): Tile[] {
  assertClosedRings(aoi, ['body', 'aoi']);
  const projected = aoi.coordinates.map(projectRing);
  const rings = projected.map((ring) => ring.map(({ x, y }): [number, number] => [x, y]));
  const bounds = boundsOf(projected, grid);
  const size = CELL_SIZE[grid];
  const tiles: Tile[] = [];
  for (let x = bounds.minX; x < bounds.maxX; x += size) {
    const strip = { minX: x, maxX: x + size, minY: -Infinity, maxY: Infinity };
    const inStrip = projected.map((ring) =>
      ringNearBox(ring, expandBox(strip, size * MARGIN), ring.length),
    );
    for (let y = bounds.minY; y < bounds.maxY; y += size) {
      const cell = { minX: x, minY: y, maxX: x + size, maxY: y + size };
      const nearRings = inStrip.map((ring, index) =>
        ringNearBox(ring, expandBox(cell, size * MARGIN), projected[index]?.length ?? 0),
      );
      const polygons = intersectOrFail(nearRings, cell, grid);
      if (polygons.length > 0) tiles.push(layOutTile(polygons, { cell, rings, nearRings }));
    }
  }
  return tiles;
}
