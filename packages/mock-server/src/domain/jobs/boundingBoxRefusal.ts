import type { JsonObject, Parameter } from '@apex-dispatch/contract';
import { pythonRepr } from '../params/pythonRepr';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const BOX_SIDES = ['west', 'south', 'east', 'north'];

/** Python's name for the type of a JSON value, as its error messages print it. */
function pythonType(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'dict';
}

/**
 * Why the service cannot convert a bounding-box parameter for openEO, if it cannot: it takes a
 * GeoJSON Polygon (turned into its extent) or a `{west, south, east, north}` box, nothing else.
 */
function refusalFor(name: string, value: unknown): string | undefined {
  if (!isRecord(value)) return `'${pythonType(value)}' object has no attribute 'get'`;
  if (value.type === 'Polygon') {
    const { coordinates } = value;
    if (Array.isArray(coordinates) && coordinates.length > 0) return undefined;
    // The service writes the parameter as Python prints a dict.
    return `Invalid GeoJSON geometry for parameter ${name}: ${pythonRepr(value)}`;
  }
  if (value.type === undefined && BOX_SIDES.every((side) => side in value)) return undefined;
  const type = value.type === undefined ? 'None' : String(value.type);
  return `Unsupported GeoJSON type for parameter ${name}: ${type}`;
}

/** The first bounding-box parameter of a catalogued openEO service the service would refuse. */
export function boundingBoxRefusal(
  parameters: JsonObject,
  declared: readonly Parameter[],
): string | undefined {
  for (const parameter of declared) {
    if (parameter.type !== 'bounding-box' || !Object.hasOwn(parameters, parameter.name)) continue;
    const refusal = refusalFor(parameter.name, parameters[parameter.name]);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}
