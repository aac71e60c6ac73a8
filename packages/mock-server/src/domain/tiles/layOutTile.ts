import type { Tile } from '@apex-dispatch/contract';
import type { CellContext, PlacedRing, RingPlace } from './CellContext';
import { startLikeGeos } from './geosRingOrder';
import { fromWebMercator } from './webMercator';

type Point = [number, number];

// Twice the signed area of a ring: positive when counter-clockwise.
function signedArea(points: readonly Point[]): number {
  const [x0, y0] = points[0] ?? [0, 0];
  let area = 0;
  for (let index = 1; index + 1 < points.length; index++) {
    const [x1, y1] = points[index] ?? [x0, y0];
    const [x2, y2] = points[index + 1] ?? [x0, y0];
    area += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return area;
}

const placeOrder = (a: RingPlace | undefined, b: RingPlace | undefined): number => {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.ring - b.ring || a.param - b.param;
};

// One polygon laid out as GEOS gives it: shell clockwise, holes counter-clockwise, each ring
// starting where the service's overlay starts it, closed, back in degrees.
function layOutPolygon(polygon: readonly PlacedRing[], context: CellContext) {
  const rings = polygon.map((ring, index) => {
    const clockwise = signedArea(ring.points) < 0;
    const oriented =
      clockwise === (index === 0)
        ? ring
        : { points: [...ring.points].reverse(), places: [...ring.places].reverse() };
    return startLikeGeos(oriented, context);
  });
  const [shell, ...holes] = rings;
  holes.sort((a, b) => placeOrder(a.place, b.place));
  const coordinates = [shell, ...holes].map((ring) => {
    const points = ring?.ring ?? [];
    return [...points, ...points.slice(0, 1)].map(([x, y]) => fromWebMercator(x, y));
  });
  return { coordinates, place: shell?.place };
}

/**
 * A cell's intersection with the area as the tile the service answers (shapely's `mapping()` of
 * GEOS's result): a Polygon, or a MultiPolygon of its parts in the order GEOS builds them.
 */
export function layOutTile(
  polygons: readonly (readonly PlacedRing[])[],
  context: CellContext,
): Tile {
  const laidOut = polygons.map((polygon) => layOutPolygon(polygon, context));
  laidOut.sort((a, b) => placeOrder(a.place, b.place));
  const [only] = laidOut;
  return laidOut.length === 1 && only
    ? { type: 'Polygon', coordinates: only.coordinates }
    : { type: 'MultiPolygon', coordinates: laidOut.map((polygon) => polygon.coordinates) };
}
