import {
  ErrorResponseSchema,
  GeometryCollectionSchema,
  type Polygon,
  PolygonSchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/testServer';
import { pointInRing } from './rectangleIntersectsRing';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [4.7, 51.1],
      [5.0, 51.1],
      [5.0, 51.3],
      [4.7, 51.3],
      [4.7, 51.1],
    ],
  ],
};

const bounds = (tile: Polygon) => {
  const ring = tile.coordinates[0] ?? [];
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
};

describe('POST /tiles', () => {
  const server = useTestServer();
  const split = async (aoi: unknown, grid: string) => {
    const response = await server.post('/tiles', { aoi, grid });
    expect(response.status).toBe(201);
    const collection = GeometryCollectionSchema.parse(await response.json());
    return collection.geometries.map((geometry) => PolygonSchema.parse(geometry));
  };

  it('covers the area with 20 km square tiles', async () => {
    const tiles = await split(square, '20x20km');
    expect(tiles.length).toBeGreaterThanOrEqual(4);
    for (const tile of tiles) {
      const [west, south, east, north] = bounds(tile);
      const middle = ((south + north) / 2) * (Math.PI / 180);
      expect((north - south) * 111.32).toBeCloseTo(20, 6);
      expect((east - west) * 111.32 * Math.cos(middle)).toBeCloseTo(20, 6);
    }
    // Every point of the area lies in some tile.
    for (let x = 4.7; x <= 5.0; x += 0.025) {
      for (let y = 51.1; y <= 51.3; y += 0.025) {
        expect(
          tiles.some((tile) =>
            pointInRing([x, y], (tile.coordinates[0] ?? []) as [number, number][]),
          ),
        ).toBe(true);
      }
    }
  });

  it('leaves out the cells a triangle does not reach, and gives the same tiles every time', async () => {
    const triangle = {
      type: 'Polygon',
      coordinates: [
        [
          [4.0, 50.0],
          [6.0, 50.0],
          [4.0, 52.0],
          [4.0, 50.0],
        ],
      ],
    };
    const tiles = await split(triangle, '20x20km');
    const boxCells = await split(
      {
        ...triangle,
        coordinates: [
          [
            [4, 50],
            [6, 50],
            [6, 52],
            [4, 52],
            [4, 50],
          ],
        ],
      },
      '20x20km',
    );
    expect(tiles.length).toBeLessThan(boxCells.length * 0.75);
    expect(await split(triangle, '20x20km')).toEqual(tiles);
  });

  it('needs fewer tiles on a coarser grid', async () => {
    const fine = await split(square, '20x20km');
    const coarse = await split(square, '250x250km');
    expect(coarse.length).toBeLessThan(fine.length);
    expect(coarse.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses an area that would need more than 10 000 tiles', async () => {
    const world = {
      type: 'Polygon',
      coordinates: [
        [
          [-170, -80],
          [170, -80],
          [170, 80],
          [-170, 80],
          [-170, -80],
        ],
      ],
    };
    const response = await server.post('/tiles', { aoi: world, grid: '20x20km' });
    expect(response.status).toBe(422);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body.details?.errors).toMatchObject([{ type: 'value_error', loc: ['body', 'aoi'] }]);
  });

  it('validates the request with pydantic’s error types', async () => {
    const response = await server.post('/tiles', {
      aoi: { type: 'Point', coordinates: [1, 2] },
      grid: '1x1km',
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(
      body.details.errors.map((error: { type: string; loc: unknown[] }) => [error.type, error.loc]),
    ).toEqual([
      ['literal_error', ['body', 'aoi', 'type']],
      ['list_type', ['body', 'aoi', 'coordinates', 0]],
      ['list_type', ['body', 'aoi', 'coordinates', 1]],
      ['enum', ['body', 'grid']],
    ]);
  });
});
