import type { Box } from './Box';

/**
 * A vertex of a ring in projected metres. `param` places it along the area of interest's ring
 * it comes from (vertex i is i, a point a fraction t along the edge from vertex i is i + t);
 * points made on the box's sides have none.
 */
export type RingPoint = { x: number; y: number; param?: number };

type Side = 0 | 1 | 2 | 3;
const SIDES: readonly Side[] = [0, 1, 2, 3];

function bound(box: Box, side: Side): number {
  return [box.minY, box.maxX, box.maxY, box.minX][side] ?? 0;
}

function inside(point: RingPoint, side: Side, limit: number): boolean {
  if (side === 0) return point.y >= limit;
  if (side === 1) return point.x <= limit;
  if (side === 2) return point.y <= limit;
  return point.x >= limit;
}

// The param of a point between two ring points, when both lie on one edge of the original ring.
function paramBetween(a: RingPoint, b: RingPoint, t: number, vertexCount: number) {
  if (a.param === undefined || b.param === undefined) return undefined;
  const end = b.param === 0 && a.param >= vertexCount - 1 ? vertexCount : b.param;
  if (!(end > a.param && end <= Math.floor(a.param) + 1)) return undefined;
  return a.param + (end - a.param) * t;
}

function crossing(a: RingPoint, b: RingPoint, side: Side, limit: number, vertexCount: number) {
  const t = side % 2 === 0 ? (limit - a.y) / (b.y - a.y) : (limit - a.x) / (b.x - a.x);
  const point: RingPoint =
    side % 2 === 0
      ? { x: a.x + (b.x - a.x) * t, y: limit }
      : { x: limit, y: a.y + (b.y - a.y) * t };
  const param = paramBetween(a, b, t, vertexCount);
  return param === undefined ? point : { ...point, param };
}

/**
 * The part of an open ring that matters inside `box`: Sutherland–Hodgman against each finite
 * side, as GEOS's overlay does before it intersects, so that a polygon of many thousand
 * vertices costs the clipping library only the vertices near one grid cell. Outside the box
 * the result runs along its sides; inside, it is the ring itself.
 */
export function ringNearBox(
  ring: readonly RingPoint[],
  box: Box,
  vertexCount: number,
): readonly RingPoint[] {
  const within = ring.every(
    ({ x, y }) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY,
  );
  if (within) return ring;
  let points: readonly RingPoint[] = ring;
  for (const side of SIDES) {
    const limit = bound(box, side);
    if (!Number.isFinite(limit) || points.length === 0) continue;
    const kept: RingPoint[] = [];
    let previous = points[points.length - 1] as RingPoint;
    for (const point of points) {
      const pointIn = inside(point, side, limit);
      if (pointIn !== inside(previous, side, limit)) {
        kept.push(crossing(previous, point, side, limit, vertexCount));
      }
      if (pointIn) kept.push(point);
      previous = point;
    }
    points = kept;
  }
  return points;
}
