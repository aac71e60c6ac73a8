import type { JsonObject } from '@apex-dispatch/contract';

/** A 2D bounding box: west, south, east, north. */
export type Area = [number, number, number, number];

/** Where a request names no area, its result covers the whole world. */
export const WHOLE_WORLD: Area = [-180, -90, 180, 90];

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ordered(west: number, south: number, east: number, north: number): Area | undefined {
  if (west === east || south === north) return undefined;
  return [
    Math.min(west, east),
    Math.min(south, north),
    Math.max(west, east),
    Math.max(south, north),
  ];
}

/** Every [x, y] position inside GeoJSON coordinates of any depth. */
function collectPositions(coordinates: unknown, into: Array<[number, number]>, depth = 0): void {
  if (!Array.isArray(coordinates) || depth > 8) return;
  const [x, y] = coordinates;
  if (isNumber(x) && isNumber(y)) {
    into.push([x, y]);
    return;
  }
  for (const inner of coordinates) collectPositions(inner, into, depth + 1);
}

/** The positions of a GeoJSON geometry, Feature or FeatureCollection. */
function geoJsonPositions(value: Record<string, unknown>, into: Array<[number, number]>): void {
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    for (const feature of value.features) if (isRecord(feature)) geoJsonPositions(feature, into);
  } else if (value.type === 'Feature' && isRecord(value.geometry)) {
    geoJsonPositions(value.geometry, into);
  } else if (value.type === 'GeometryCollection' && Array.isArray(value.geometries)) {
    for (const geometry of value.geometries)
      if (isRecord(geometry)) geoJsonPositions(geometry, into);
  } else {
    collectPositions(value.coordinates, into);
  }
}

/** The bounding box of positions; a loop, as a large polygon has more positions than a call has arguments. */
function boundsOf(positions: ReadonlyArray<[number, number]>): Area | undefined {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    west = Math.min(west, x);
    south = Math.min(south, y);
    east = Math.max(east, x);
    north = Math.max(north, y);
  }
  return ordered(west, south, east, north);
}

function areaOf(value: unknown): Area | undefined {
  if (Array.isArray(value) && value.length === 4 && value.every(isNumber)) {
    const [west, south, east, north] = value as number[];
    return ordered(west ?? 0, south ?? 0, east ?? 0, north ?? 0);
  }
  if (!isRecord(value)) return undefined;
  const { west, south, east, north } = value;
  if (isNumber(west) && isNumber(south) && isNumber(east) && isNumber(north)) {
    return ordered(west, south, east, north);
  }
  if (typeof value.type !== 'string') return undefined;
  const positions: Array<[number, number]> = [];
  geoJsonPositions(value, positions);
  if (positions.length === 0) return undefined;
  return boundsOf(positions);
}

/**
 * The area a request's parameters name: the first parameter that is a bbox array, an openEO
 * bounding box (`west`/`south`/`east`/`north`) or GeoJSON; else the whole world.
 */
export function areaOfInterest(parameters: JsonObject): Area {
  for (const key of Object.keys(parameters)) {
    const area = areaOf(parameters[key]);
    if (area) return area;
  }
  return WHOLE_WORLD;
}
