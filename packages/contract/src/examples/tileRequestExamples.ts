import type { TileRequest } from '../models/TileRequest';

/**
 * The Vienna area of the service's upscaling notebook, on the 20 km grid. The service's tiling
 * algorithm cuts it into `viennaTileCount` tiles, each a Polygon.
 */
export const viennaTileRequestExample = {
  aoi: {
    type: 'Polygon',
    coordinates: [
      [
        [16.14820803974601, 48.0326396134746],
        [16.70922281740272, 48.0326396134746],
        [16.70922281740272, 48.3081456959695],
        [16.14820803974601, 48.3081456959695],
        [16.14820803974601, 48.0326396134746],
      ],
    ],
  },
  grid: '20x20km',
} satisfies TileRequest;

/** How many tiles the service answers for `viennaTileRequestExample`. */
export const viennaTileCount = 12;
