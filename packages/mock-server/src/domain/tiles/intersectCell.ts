import { intersection, setPrecision } from 'polyclip-ts';
import type { Box } from './Box';
import type { PlacedRing, RingPlace } from './CellContext';
import { restoreVertices } from './restoreVertices';
import type { RingPoint } from './ringNearBox';

type Point = [number, number];

const closeRing = (ring: readonly Point[]): Point[] => (ring[0] ? [...ring, ring[0]] : []);

const within = (rings: readonly (readonly RingPoint[])[], cell: Box): boolean =>
  rings.every((ring) =>
    ring.every(({ x, y }) => x >= cell.minX && x <= cell.maxX && y >= cell.minY && y <= cell.maxY),
  );

/**
 * polyclip-ts with exact arithmetic, or, where it cannot close an output ring (it happens on
 * jagged areas), again with its snapping tolerance in metres, put back at once: it is global.
 */
const TOLERANCES = [undefined, 1e-9, 1e-6];

function clip(rings: Point[][], cell: Point[]) {
  let failure: unknown;
  for (const tolerance of TOLERANCES) {
    setPrecision(tolerance);
    try {
      return intersection(rings, [cell]);
    } catch (error) {
      failure = error;
    } finally {
      setPrecision();
    }
  }
  throw failure;
}

// A ring as GEOS reads it: consecutive repeats dropped, open.
function placedAsIs(ring: readonly RingPoint[], index: number): PlacedRing {
  const placed: PlacedRing = { points: [], places: [] };
  for (const { x, y, param } of ring) {
    const last = placed.points[placed.points.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    placed.points.push([x, y]);
    placed.places.push(param === undefined ? undefined : { ring: index, param });
  }
  const [first, last] = [placed.points[0], placed.points[placed.points.length - 1]];
  if (placed.points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) {
    placed.points.pop();
    placed.places.pop();
  }
  return placed;
}

// The area's own vertices near the cell, by exact coordinates (x, then y).
function vertexIndex(rings: readonly (readonly RingPoint[])[]) {
  const index = new Map<number, Map<number, RingPlace>>();
  for (const [ring, points] of rings.entries()) {
    for (const { x, y, param } of points) {
      if (param === undefined || !Number.isInteger(param)) continue;
      const column = index.get(x) ?? new Map<number, RingPlace>();
      column.set(y, { ring, param });
      index.set(x, column);
    }
  }
  return index;
}

/**
 * The intersection of the area of interest (its rings already reduced to the cell's
 * neighbourhood) with one grid cell, as polygons of placed rings; empty when they do not meet.
 * polyclip-ts computes it, unless every ring lies in the cell: then the area is its own
 * intersection, and the library (some tens of microseconds a vertex) is spared.
 */
export function intersectCell(rings: readonly (readonly RingPoint[])[], cell: Box): PlacedRing[][] {
  if ((rings[0]?.length ?? 0) < 3) return [];
  if (within(rings, cell)) return [rings.map(placedAsIs)];
  const pieces = clip(
    rings
      .filter((ring) => ring.length >= 3)
      .map((ring) => closeRing(ring.map(({ x, y }): Point => [x, y]))),
    [
      [cell.minX, cell.minY],
      [cell.maxX, cell.minY],
      [cell.maxX, cell.maxY],
      [cell.minX, cell.maxY],
      [cell.minX, cell.minY],
    ],
  );
  if (pieces.length === 0) return [];
  const vertices = vertexIndex(rings);
  const placed = pieces.map((polygon) =>
    polygon.map((ring) => {
      const points = ring.slice(0, -1);
      return { points, places: points.map(([x, y]) => vertices.get(x)?.get(y)) };
    }),
  );
  return restoreVertices(placed, rings, cell);
}
