import type { CellContext, PlacedRing, RingPlace } from './CellContext';

type Point = [number, number];

const ORIGIN: Point = [0, 0];
const TOLERANCE = 1e-6;

const onCellBoundary = ([x, y]: Point, { cell }: CellContext): boolean =>
  Math.abs(x - cell.minX) <= TOLERANCE ||
  Math.abs(x - cell.maxX) <= TOLERANCE ||
  Math.abs(y - cell.minY) <= TOLERANCE ||
  Math.abs(y - cell.maxY) <= TOLERANCE;

const before = (a: RingPlace, b: RingPlace): boolean =>
  a.ring < b.ring || (a.ring === b.ring && a.param < b.param);

/** Where `point` lies on the segment from `a` to `b` (0..1), or undefined when it is off it. */
function fractionOn(point: Point, a: readonly number[], b: readonly number[]): number | undefined {
  const [ax = 0, ay = 0] = a;
  const dx = (b[0] ?? 0) - ax;
  const dy = (b[1] ?? 0) - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return undefined;
  const along = ((point[0] - ax) * dx + (point[1] - ay) * dy) / length;
  const across = Math.abs((point[0] - ax) * dy - (point[1] - ay) * dx) / length;
  if (across > 10 * TOLERANCE || along < -TOLERANCE || along > length + TOLERANCE) return undefined;
  return Math.min(1, Math.max(0, along / length));
}

// A run's end next to ring vertex `vertex`: on the edge after it, or else the edge before it.
function endParam(point: Point, ring: number, vertex: number, context: CellContext): number {
  const coords = context.rings[ring] ?? [];
  const count = coords.length;
  const here = coords[vertex] ?? ORIGIN;
  const afterT = fractionOn(point, here, coords[(vertex + 1) % count] ?? here);
  if (afterT !== undefined) return vertex + afterT;
  const beforeT = fractionOn(point, coords[(vertex - 1 + count) % count] ?? here, here);
  return beforeT === undefined ? vertex : vertex - 1 + beforeT;
}

// Where a straight run between two nodes lies along the area, if it follows one of its edges.
function edgePlace(from: Point, to: Point, context: CellContext): RingPlace | undefined {
  for (const [ring, points] of context.nearRings.entries()) {
    const count = context.rings[ring]?.length ?? 0;
    for (let index = 0; index < points.length; index++) {
      const a = points[index];
      const b = points[(index + 1) % points.length];
      if (a?.param === undefined || b?.param === undefined) continue;
      const end = b.param === 0 && a.param >= count - 1 ? count : b.param;
      if (!(end > a.param && end <= Math.floor(a.param) + 1)) continue;
      const tFrom = fractionOn(from, [a.x, a.y], [b.x, b.y]);
      const tTo = fractionOn(to, [a.x, a.y], [b.x, b.y]);
      if (tFrom === undefined || tTo === undefined) continue;
      return { ring, param: a.param + (end - a.param) * Math.min(tFrom, tTo) };
    }
  }
  return undefined;
}

// The place of the straight run `from` → `to` between two nodes, or undefined for a cell side.
function straightRunPlace(
  ring: PlacedRing,
  from: number,
  to: number,
  context: CellContext,
): RingPlace | undefined {
  const [a, b] = [ring.places[from], ring.places[to]];
  if (a && b && a.ring === b.ring) {
    const count = context.rings[a.ring]?.length ?? 0;
    const [low, high] = [Math.min(a.param, b.param), Math.max(a.param, b.param)];
    if (high - low === 1) return { ring: a.ring, param: low };
    if (low === 0 && high === count - 1) return { ring: a.ring, param: high };
  }
  return edgePlace(ring.points[from] ?? ORIGIN, ring.points[to] ?? ORIGIN, context);
}

// The place of the run of `ring` from node `from` to node `to` (cyclic), when it follows the
// area of interest: the smallest place along the area's ring of any of its points.
function runPlace(
  ring: PlacedRing,
  from: number,
  to: number,
  context: CellContext,
): RingPlace | undefined {
  const size = ring.points.length;
  const first = (from + 1) % size;
  if (first === to) return straightRunPlace(ring, from, to, context);
  const area = ring.places[first]?.ring;
  if (area === undefined) return undefined;
  let lowest = Infinity;
  let last = first;
  for (let index = first; index !== to; index = (index + 1) % size) {
    const place = ring.places[index];
    if (place?.ring !== area) return undefined;
    lowest = Math.min(lowest, place.param);
    last = index;
  }
  const count = context.rings[area]?.length ?? 0;
  const end = (node: number, neighbour: number): number => {
    const own = ring.places[node];
    const neighbourParam = ring.places[neighbour]?.param ?? 0;
    if (own?.ring === area)
      return own.param === 0 && neighbourParam >= count - 1 ? count : own.param;
    return endParam(ring.points[node] ?? ORIGIN, area, neighbourParam, context);
  };
  return { ring: area, param: Math.min(lowest, end(from, first), end(to, last)) };
}

/**
 * Starts an output ring where GEOS's overlay starts it: at the second point of the earliest run
 * (in the area of interest's own order) that follows the area's boundary between two nodes
 * (points on the cell's sides, or a ring's first vertex), or at the cell's south-west corner
 * for a ring made of cell sides only. Returns the ring and the place that decided.
 */
export function startLikeGeos(
  ring: PlacedRing,
  context: CellContext,
): { ring: Point[]; place: RingPlace | undefined } {
  const { points, places } = ring;
  const nodes: number[] = [];
  for (const [index, point] of points.entries()) {
    if (onCellBoundary(point, context) || places[index]?.param === 0) nodes.push(index);
  }
  let best: { place: RingPlace; start: number } | undefined;
  for (const [position, node] of nodes.entries()) {
    const place = runPlace(ring, node, nodes[(position + 1) % nodes.length] ?? node, context);
    if (place && (!best || before(place, best.place))) {
      best = { place, start: (node + 1) % points.length };
    }
  }
  let start = best?.start;
  if (start === undefined) {
    const corner = points.findIndex(([x, y]) => x === context.cell.minX && y === context.cell.minY);
    start = Math.max(corner, 0);
  }
  return { ring: [...points.slice(start), ...points.slice(0, start)], place: best?.place };
}
