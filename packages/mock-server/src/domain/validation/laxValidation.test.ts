import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../testing/testServer';

const RING = [
  [16.2, 48.1],
  [16.5, 48.1],
  [16.5, 48.3],
  [16.2, 48.1],
];

const tiles = (aoi: Record<string, unknown>) => ({ aoi, grid: '20x20km' });
const polygon = (ring: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'Polygon',
  coordinates: [ring],
  ...extra,
});

describe('validation as pydantic’s lax mode does it', () => {
  const server = useTestServer();
  const errorsOf = async (response: Response) => {
    expect(response.status).toBe(422);
    return (await response.json()).details.errors;
  };

  it('reports an absent aoi.type as missing, with the object as input', async () => {
    const aoi = { coordinates: [RING] };
    expect(await errorsOf(await server.post('/tiles', tiles(aoi)))).toEqual([
      { type: 'missing', loc: ['body', 'aoi', 'type'], msg: 'Field required', input: aoi },
    ]);
  });

  it('reports an absent enum field as missing too', async () => {
    const errors = await errorsOf(await server.post('/tiles', { aoi: polygon(RING) }));
    expect(errors).toEqual([
      { type: 'missing', loc: ['body', 'grid'], msg: 'Field required', input: expect.any(Object) },
    ]);
  });

  it('accepts numeric strings and booleans for float coordinates, as their numbers', async () => {
    const lax = RING.map(([x, y]) => [` ${x} `, String(y).replace(/^(\d)/, '+$1')]);
    const [expected, coerced] = await Promise.all([
      server.post('/tiles', tiles(polygon(RING))),
      server.post('/tiles', tiles(polygon(lax, { bbox: ['16.2', '48.1', '16.5', '48.3'] }))),
    ]);
    expect(coerced.status).toBe(expected.status);
    expect(expected.status).toBe(201);
    expect(await coerced.json()).toEqual(await expected.json());
    const ones = [
      [0, 0],
      [true, 0],
      [true, true],
      [0, 0],
    ];
    expect((await server.post('/tiles', tiles(polygon(ones)))).status).toBe(201);
  });

  it('refuses text no float reads with float_parsing, for both position shapes', async () => {
    const ring = [['abc', 48.1], ...RING.slice(1, 3), ['abc', 48.1]];
    const errors = await errorsOf(await server.post('/tiles', tiles(polygon(ring))));
    const first = ['body', 'aoi', 'coordinates', 0, 0];
    expect(errors.slice(0, 3)).toEqual([
      {
        type: 'float_parsing',
        loc: [...first, 'call[Position2D]', 0],
        msg: 'Input should be a valid number, unable to parse string as a number',
        input: 'abc',
      },
      {
        type: 'float_parsing',
        loc: [...first, 'call[Position3D]', 0],
        msg: 'Input should be a valid number, unable to parse string as a number',
        input: 'abc',
      },
      {
        type: 'missing_argument',
        loc: [...first, 'call[Position3D]', 'altitude'],
        msg: 'Missing required argument',
        input: ['abc', 48.1],
      },
    ]);
  });

  it('refuses null, a short position and a long one as pydantic does', async () => {
    const ring = [[null, 48.1], [16.5], [16.5, 48.3, 1, 2], RING[0]];
    const errors = await errorsOf(await server.post('/tiles', tiles(polygon(ring))));
    const at = (index: number) => ['body', 'aoi', 'coordinates', 0, index];
    expect(errors).toContainEqual({
      type: 'float_type',
      loc: [...at(0), 'call[Position2D]', 0],
      msg: 'Input should be a valid number',
      input: null,
    });
    expect(errors).toContainEqual({
      type: 'missing_argument',
      loc: [...at(1), 'call[Position2D]', 'latitude'],
      msg: 'Missing required argument',
      input: [16.5],
    });
    expect(errors).toContainEqual({
      type: 'unexpected_positional_argument',
      loc: [...at(2), 'call[Position2D]', 3],
      msg: 'Unexpected positional argument',
      input: 2,
    });
  });

  it('reports a bad bbox under each tuple shape it could have', async () => {
    const errors = await errorsOf(
      await server.post('/tiles', tiles(polygon(RING, { bbox: [0, 0, 'x'] }))),
    );
    const four = ['body', 'aoi', 'bbox', 'tuple[float, float, float, float]'];
    expect(errors.slice(0, 2)).toEqual([
      {
        type: 'float_parsing',
        loc: [...four, 2],
        msg: 'Input should be a valid number, unable to parse string as a number',
        input: 'x',
      },
      { type: 'missing', loc: [...four, 3], msg: 'Field required', input: [0, 0, 'x'] },
    ]);
    expect(errors).toHaveLength(6);
  });

  it('refuses "inf" and "nan" as no finite number (the mock’s own: tiles need bounds)', async () => {
    const ring = [['inf', 48.1], ...RING.slice(1, 3), ['inf', 48.1]];
    const errors = await errorsOf(await server.post('/tiles', tiles(polygon(ring))));
    expect(errors[0]).toMatchObject({ type: 'finite_number', input: 'inf' });
  });
});
