import type { ResultGrid } from './resultGrid';

/**
 * A single-band 8-bit GeoTIFF in EPSG:4326 over the grid's area (values scaled to 0-250).
 * geotiff is loaded on first use, so that starting the server stays quick.
 */
export async function renderGeoTiff(grid: ResultGrid): Promise<Uint8Array> {
  const { writeArrayBuffer } = await import('geotiff');
  const [west, south, east, north] = grid.area;
  const pixels = Array.from(grid.values, (value) => Math.round(value * 250));
  const bytes: ArrayBuffer = writeArrayBuffer(pixels, {
    height: grid.size,
    width: grid.size,
    ModelPixelScale: [(east - west) / grid.size, (north - south) / grid.size, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    GeographicTypeGeoKey: 4326,
    GeogCitationGeoKey: 'WGS 84',
    GTModelTypeGeoKey: 2,
    GTRasterTypeGeoKey: 1,
  });
  return new Uint8Array(bytes);
}
