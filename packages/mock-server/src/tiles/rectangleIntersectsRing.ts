type Point = readonly [number, number];
type Rectangle = readonly [number, number, number, number];

/** Ray casting: whether a point lies inside a closed ring. */
export function pointInRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return (
    orientation(a, b, c) !== orientation(a, b, d) && orientation(c, d, a) !== orientation(c, d, b)
  );
}

/** Whether a rectangle [west, south, east, north] and the area inside a ring overlap. */
export function rectangleIntersectsRing(rectangle: Rectangle, ring: readonly Point[]): boolean {
  const [west, south, east, north] = rectangle;
  const corners: Point[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
  if (ring.some(([x, y]) => x >= west && x <= east && y >= south && y <= north)) return true;
  if (corners.some((corner) => pointInRing(corner, ring))) return true;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    for (let k = 0; k < 4; k++) {
      if (segmentsCross(a, b, corners[k] ?? [0, 0], corners[(k + 1) % 4] ?? [0, 0])) return true;
    }
  }
  return false;
}
