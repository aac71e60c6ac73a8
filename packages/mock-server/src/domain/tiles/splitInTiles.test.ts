import { readFileSync } from 'node:fs';
import {
  dispatchContract,
  ErrorResponseSchema,
  ValidationErrorSchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { JSON_HEADERS, useTestServer } from '../../testing/testServer';

type Position = number[];
type Ring = Position[];

const TileCollection = dispatchContract.splitInTiles.responses[201];

// The published document, as the contract package keeps it.
const document = JSON.parse(
  readFileSync(
    new URL('../../../../contract/reference/apex-dispatch-api-0.7.2.openapi.json', import.meta.url),
    'utf8',
  ),
);
const published = document.paths['/tiles'].post;

const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const rectangle = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** Whether every coordinate of `actual` is within 1e-9 of `expected`'s. */
function closeTo(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9;
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((value, index) => closeTo(actual[index], value))
    );
  }
  return actual === expected;
}

/** The pydantic errors of a 422 `VALIDATION_ERROR` envelope. */
async function validationErrors(response: Response) {
  const body = ErrorResponseSchema.parse(await response.json());
  expect(body.error_code).toBe('VALIDATION_ERROR');
  return ValidationErrorSchema.array().parse(body.details?.errors);
}

describe('POST /tiles', () => {
  const server = useTestServer();
  // No Authorization header: the route is public, as the service's.
  const post = (body: unknown) =>
    server.call('/tiles', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  const split = async (aoi: unknown, grid = '20x20km') => {
    const response = await post({ aoi, grid });
    expect(response.status).toBe(201);
    return TileCollection.parse(await response.json()).geometries;
  };

  it('cuts the unit square into 36 tiles of the 20 km grid, as the service does', async () => {
    const tiles = await split(polygon(rectangle(0, 0, 1, 1)));
    expect(tiles).toHaveLength(36);
    // 6 columns of 6 cells, west to east and each south to north, the last ones cut by the square.
    expect(tiles[0]).toEqual({
      type: 'Polygon',
      coordinates: [expect.any(Array)],
    });
    const wests = tiles.map((tile) =>
      (tile.type === 'Polygon' ? tile.coordinates[0] : tile.coordinates[0]?.[0])?.reduce(
        (west, [x = 0]) => Math.min(west, x),
        Number.POSITIVE_INFINITY,
      ),
    );
    expect(wests.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(wests[6]).toBeCloseTo((20_000 / 6378137) * (180 / Math.PI), 12);
  });

  it('uses cells of 250 km for the 250x250km grid', async () => {
    // The unit square fits in one cell: the tile is the square itself, clockwise.
    const tiles = await split(polygon(rectangle(0, 0, 1, 1)), '250x250km');
    expect(tiles).toHaveLength(1);
    expect(
      closeTo(tiles[0]?.coordinates, [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ]),
    ).toBe(true);
    expect(await split(polygon(rectangle(0, 0, 3, 3)), '250x250km')).toHaveLength(4);
  });

  it('answers the first two tiles of the published request example as the published 201 example', async () => {
    const request = published.requestBody.content['application/json'].examples['20x20 Grid'].value;
    const expected = published.responses['201'].content['application/json'].example.geometries;
    const tiles = await split(request.aoi, request.grid);
    expect(tiles.length).toBeGreaterThan(2);
    expect(tiles.slice(0, 2).map((tile) => tile.type)).toEqual(['Polygon', 'Polygon']);
    expect(closeTo(tiles[0]?.coordinates, expected[0].coordinates)).toBe(true);
    expect(closeTo(tiles[1]?.coordinates, expected[1].coordinates)).toBe(true);
  });

  it("gives 12 tiles for the Vienna area of the service's upscaling notebook", async () => {
    const vienna = rectangle(
      16.14820803974601,
      48.0326396134746,
      16.70922281740272,
      48.3081456959695,
    );
    const tiles = await split(polygon(vienna));
    expect(tiles).toHaveLength(12);
    expect(tiles.every((tile) => tile.type === 'Polygon')).toBe(true);
  });

  it('keeps the two arms of a U shape that a cell cuts apart as one MultiPolygon tile', async () => {
    const u: Ring = [
      [4, 50],
      [4.15, 50],
      [4.15, 50.3],
      [4.12, 50.3],
      [4.12, 50.03],
      [4.03, 50.03],
      [4.03, 50.3],
      [4, 50.3],
      [4, 50],
    ];
    const tiles = await split(polygon(u));
    // One column of three cells: the first holds the bottom of the U, the others its two arms.
    expect(tiles.map((tile) => tile.type)).toEqual(['Polygon', 'MultiPolygon', 'MultiPolygon']);
    for (const tile of tiles.slice(1)) {
      expect(tile.coordinates).toHaveLength(2);
      // In the order GEOS builds them: the ring reaches the east arm first.
      const [east, west] = tile.coordinates as Ring[][];
      expect(east?.[0]?.every(([x = 0]) => x >= 4.12 - 1e-9)).toBe(true);
      expect(west?.[0]?.every(([x = 0]) => x <= 4.03 + 1e-9)).toBe(true);
    }
  });

  it('respects a hole: the tile around it has it as an inner ring', async () => {
    const hole = rectangle(4.25, 50.25, 4.3, 50.28).reverse();
    const tiles = await split(polygon(rectangle(4, 50, 4.6, 50.5), hole));
    expect(tiles).toHaveLength(20);
    const holed = tiles.filter((tile) => tile.type === 'Polygon' && tile.coordinates.length === 2);
    expect(holed).toHaveLength(1);
    // The hole comes back as GEOS gives holes: counter-clockwise, from its south-east corner.
    const inner = holed[0]?.coordinates[1];
    expect(
      closeTo(inner, [
        [4.3, 50.25],
        [4.3, 50.28],
        [4.25, 50.28],
        [4.25, 50.25],
        [4.3, 50.25],
      ]),
    ).toBe(true);
  });

  it('keeps a vertex of the area that lies on a straight edge, as GEOS does', async () => {
    const ring: Ring = [
      [4, 50],
      [4.05, 50],
      [4.6, 50],
      [4.6, 50.5],
      [4, 50.5],
      [4, 50],
    ];
    const tiles = await split(polygon(ring));
    expect(tiles).toHaveLength(20);
    // The service's first tile, clockwise from the south-west corner.
    const north = 50.11534651670079;
    const east = 4.1796630568239035;
    expect(
      closeTo(tiles[0]?.coordinates, [
        [
          [4, 50],
          [4, north],
          [east, north],
          [east, 50],
          [4.05, 50],
          [4, 50],
        ],
      ]),
    ).toBe(true);
  });

  it('handles a valid polygon of 150 000 positions', { timeout: 60_000 }, async () => {
    const count = 150_000;
    const ring: Ring = [];
    for (let index = 0; index < count - 1; index++) {
      const angle = (2 * Math.PI * index) / (count - 1);
      ring.push([10 + 0.05 * Math.cos(angle), 45 + 0.035 * Math.sin(angle)]);
    }
    ring.push(ring[0] ?? []);
    const response = await post({ aoi: polygon(ring), grid: '20x20km' });
    expect(response.status).toBe(201);
    // Read without the schema: validating 150 000 positions again would only slow the test.
    const { geometries } = (await response.json()) as { geometries: { coordinates: Ring[] }[] };
    expect(geometries).toHaveLength(1);
    expect(geometries[0]?.coordinates[0]).toHaveLength(count);
  });

  it('refuses a ring that does not end where it starts, as geojson_pydantic does', async () => {
    const open = rectangle(0, 0, 1, 1)
      .slice(0, 4)
      .concat([[0, 0.5]]);
    const response = await post({ aoi: polygon(open), grid: '20x20km' });
    expect(response.status).toBe(422);
    expect(await validationErrors(response)).toEqual([
      {
        type: 'value_error',
        loc: ['body', 'aoi', 'coordinates'],
        msg: 'Value error, All linear rings MUST have the same start and end coordinates',
        input: [open],
      },
    ]);
  });

  it('answers a latitude past a pole with the route’s failure (the service never answers)', async () => {
    const response = await post({
      aoi: polygon([
        [0, 0],
        [1, 0],
        [1, 91],
        [0, 0],
      ]),
      grid: '20x20km',
    });
    expect(response.status).toBe(500);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      error_code: 'INTERNAL_ERROR',
      message: 'An error occurred while calculating tiles for 20x20km',
    });
  });

  it('validates the request with pydantic’s error types', async () => {
    const response = await post({ aoi: { type: 'Point', coordinates: [1, 2] }, grid: '1x1km' });
    expect(response.status).toBe(422);
    const errors = await validationErrors(response);
    expect(errors.map((error) => [error.type, error.loc])).toEqual([
      ['literal_error', ['body', 'aoi', 'type']],
      ['list_type', ['body', 'aoi', 'coordinates', 0]],
      ['list_type', ['body', 'aoi', 'coordinates', 1]],
      ['enum', ['body', 'grid']],
    ]);
  });
});
