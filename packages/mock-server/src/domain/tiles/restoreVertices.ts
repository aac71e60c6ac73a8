import type { Box } from './Box';
import type { PlacedRing, RingPlace } from './CellContext';
import type { RingPoint } from './ringNearBox';

type Point = [number, number];
type Missing = { point: Point; place: RingPlace };
type Edge = { ring: PlacedRing; index: number };

const TOLERANCE = 1e-6;

// Where `point` lies strictly inside the segment a–b (0..1 exclusive), or undefined.
function inside(point: Point, a: Point, b: Point): number | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return undefined;
  const along = ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length;
  const across = Math.abs((point[0] - a[0]) * dy - (point[1] - a[1]) * dx) / length;
  if (across > TOLERANCE || along <= TOLERANCE || along >= length - TOLERANCE) return undefined;
  return along / length;
}

// The area's vertices in the cell that the output lacks.
function missingVertices(
  polygons: readonly PlacedRing[][],
  rings: readonly (readonly RingPoint[])[],
  cell: Box,
) {
  const present = new Map<number, Set<number>>();
  for (const ring of polygons.flat()) {
    for (const [x, y] of ring.points) present.set(x, (present.get(x) ?? new Set()).add(y));
  }
  const missing: Missing[] = [];
  for (const [ring, points] of rings.entries()) {
    for (const { x, y, param } of points) {
      if (param === undefined || !Number.isInteger(param) || present.get(x)?.has(y)) continue;
      if (x < cell.minX || x > cell.maxX || y < cell.minY || y > cell.maxY) continue;
      missing.push({ point: [x, y], place: { ring, param } });
    }
  }
  return missing;
}

/**
 * Puts back the area's vertices that lie straight along the intersection's boundary: the
 * clipping library drops them, GEOS keeps every vertex of its input.
 */
export function restoreVertices(
  polygons: readonly PlacedRing[][],
  rings: readonly (readonly RingPoint[])[],
  cell: Box,
): PlacedRing[][] {
  const missing = missingVertices(polygons, rings, cell);
  if (missing.length === 0) return [...polygons];
  const edges: Edge[] = polygons
    .flat()
    .flatMap((ring) => ring.points.map((_, index) => ({ ring, index })));
  const additions = new Map<PlacedRing, Map<number, { t: number; vertex: Missing }[]>>();
  const fraction = (vertex: Missing, { ring, index }: Edge) =>
    inside(
      vertex.point,
      ring.points[index] ?? vertex.point,
      ring.points[(index + 1) % ring.points.length] ?? vertex.point,
    );
  // Vertices in a straight run share an edge: try the last one found first.
  let last: Edge | undefined;
  for (const vertex of missing) {
    let t = last ? fraction(vertex, last) : undefined;
    if (t === undefined) {
      last = edges.find((edge) => fraction(vertex, edge) !== undefined);
      t = last ? fraction(vertex, last) : undefined;
    }
    if (!last || t === undefined) continue;
    const ofRing = additions.get(last.ring) ?? new Map<number, { t: number; vertex: Missing }[]>();
    additions.set(last.ring, ofRing);
    const ofEdge = ofRing.get(last.index) ?? [];
    ofRing.set(last.index, ofEdge);
    ofEdge.push({ t, vertex });
  }
  return polygons.map((polygon) =>
    polygon.map((ring) => {
      const ofRing = additions.get(ring);
      if (!ofRing) return ring;
      const restored: PlacedRing = { points: [], places: [] };
      for (const [index, point] of ring.points.entries()) {
        restored.points.push(point);
        restored.places.push(ring.places[index]);
        for (const { vertex } of (ofRing.get(index) ?? []).sort((a, b) => a.t - b.t)) {
          restored.points.push(vertex.point);
          restored.places.push(vertex.place);
        }
      }
      return restored;
    }),
  );
}
