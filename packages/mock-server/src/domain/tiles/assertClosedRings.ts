import {
  type Polygon,
  type Position,
  pydanticMessages,
  unclosedRingReason,
} from '@apex-dispatch/contract';
import { validationFailed } from '../validation/ValidationIssue';

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  a.length === b.length &&
  a.every((value, index) => value === b[index]);

/**
 * Refuses a polygon with a ring whose first and last positions differ, as geojson_pydantic's
 * `Polygon` does (2.1.1, the release a 0.7.2 deployment installs): one `value_error` on the whole
 * `coordinates`, the service's 422.
 */
export function assertClosedRings(polygon: Polygon, loc: readonly (string | number)[]): void {
  if (polygon.coordinates.every((ring) => samePosition(ring[0], ring[ring.length - 1]))) return;
  throw validationFailed([
    {
      type: 'value_error',
      loc: [...loc, 'coordinates'],
      msg: pydanticMessages.value_error(unclosedRingReason),
      input: polygon.coordinates,
    },
  ]);
}
