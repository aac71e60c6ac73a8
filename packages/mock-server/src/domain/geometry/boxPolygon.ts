import type { Polygon } from '@apex-dispatch/contract';

/** The GeoJSON polygon of a longitude/latitude box, counter-clockwise from its south-west corner. */
export function boxPolygon(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}
