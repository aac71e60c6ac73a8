import type { Parameter, ParamTypeEnum } from '@apex-dispatch/contract';

type JsonSchema = { type?: unknown; subtype?: unknown; items?: unknown; enum?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(schema: JsonSchema): unknown[] {
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function typeOfSchema(schema: JsonSchema): ParamTypeEnum | undefined {
  const types = typesOf(schema);
  if (types.includes('array')) {
    if (schema.subtype === 'temporal-interval') return 'date-interval';
    if (isRecord(schema.items) && typesOf(schema.items).includes('string')) return 'array-string';
  }
  if (schema.subtype === 'bounding-box') return 'bounding-box';
  if (schema.subtype === 'geojson') return 'polygon';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('string')) return 'string';
  if (types.includes('integer') || types.includes('number')) return 'integer';
  return undefined;
}

/** One UDP parameter, mapped as the real service maps it. */
function toParameter(parameter: Record<string, unknown>): Parameter {
  const schemas = (Array.isArray(parameter.schema) ? parameter.schema : [parameter.schema]).filter(
    isRecord,
  );
  const type = schemas.map(typeOfSchema).find((found) => found !== undefined) ?? 'string';
  const withEnum = schemas.find((schema) => Array.isArray(schema.enum));
  return {
    name: String(parameter.name),
    type,
    optional: parameter.optional === true,
    description: typeof parameter.description === 'string' ? parameter.description : '',
    ...('default' in parameter ? { default: parameter.default } : {}),
    ...(withEnum && Array.isArray(withEnum.enum) ? { options: withEnum.enum } : {}),
  };
}

/**
 * The parameters of an openEO user-defined process (process graph JSON): `temporal-interval`
 * arrays are `date-interval`, string arrays `array-string`, `bounding-box` and `geojson`
 * subtypes `bounding-box` and `polygon`, numbers `integer`; the first `enum` gives `options`.
 */
export function openEoUdpParameters(udp: unknown): Parameter[] {
  if (!isRecord(udp) || !Array.isArray(udp.parameters)) return [];
  return udp.parameters
    .filter(isRecord)
    .filter((p) => typeof p.name === 'string')
    .map(toParameter);
}
