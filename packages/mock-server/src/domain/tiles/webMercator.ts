/** The sphere's radius of Web Mercator (EPSG:3857), in metres. */
export const EARTH_RADIUS = 6378137;

const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;

// PROJ brings a longitude past ±180° back into range before projecting (its `adjlon`).
function wrapLongitude(radians: number): number {
  if (Math.abs(radians) <= Math.PI) return radians;
  const shifted = radians + Math.PI;
  return shifted - 2 * Math.PI * Math.floor(shifted / (2 * Math.PI)) - Math.PI;
}

/**
 * A longitude/latitude in degrees as Web Mercator metres, with PROJ's spherical formulas (what
 * the service gets from pyproj). A pole maps far north or south (PROJ computes tan(π/2) in
 * floating point); past a pole there is no image, and the result is NaN where pyproj's is inf.
 */
export function toWebMercator(longitude: number, latitude: number): [number, number] {
  const phi = latitude * DEG_TO_RAD;
  if (!(Math.abs(phi) - Math.PI / 2 <= 1e-12)) return [Number.NaN, Number.NaN];
  return [
    EARTH_RADIUS * wrapLongitude(longitude * DEG_TO_RAD),
    EARTH_RADIUS * Math.asinh(Math.tan(phi)),
  ];
}

/** Web Mercator metres back to a longitude/latitude in degrees. */
export function fromWebMercator(x: number, y: number): [number, number] {
  return [
    wrapLongitude(x / EARTH_RADIUS) * RAD_TO_DEG,
    Math.atan(Math.sinh(y / EARTH_RADIUS)) * RAD_TO_DEG,
  ];
}
