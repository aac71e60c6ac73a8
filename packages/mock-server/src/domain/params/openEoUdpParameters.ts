import type { Parameter, ParamTypeEnum } from '@apex-dispatch/contract';
import { buildParameter } from './buildParameter';
import { ParameterRetrievalError } from './ParameterRetrievalError';
import { noGet, pythonRepr } from './pythonRepr';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// `.get` on anything but a dict is Python's AttributeError, which the service reports as is.
function dict(value: unknown): Json {
  if (!isRecord(value)) throw new ParameterRetrievalError(noGet(value));
  return value;
}

function typeOfSchema(schema: Json): ParamTypeEnum | undefined {
  const { type, subtype } = schema;
  if (type === 'array' && subtype === 'temporal-interval') return 'date-interval';
  if (type === 'array' && dict(schema.items ?? {}).type === 'string') return 'array-string';
  if (subtype === 'bounding-box') return 'bounding-box';
  if (subtype === 'geojson') return 'polygon';
  if (type === 'boolean') return 'boolean';
  if (type === 'string') return 'string';
  if (type === 'integer' || type === 'number') return 'integer';
  return undefined;
}

function toParameter(entry: unknown): Parameter {
  const parameter = dict(entry);
  const rawSchemas = parameter.schema ?? {};
  const schemas = Array.isArray(rawSchemas) ? rawSchemas : [rawSchemas];
  let type: ParamTypeEnum | undefined;
  for (const schema of schemas) {
    type = typeOfSchema(dict(schema));
    if (type !== undefined) break;
  }
  if (type === undefined) {
    throw new ParameterRetrievalError(`Unsupported parameter schemas: ${pythonRepr(schemas)}`);
  }
  const withEnum = schemas.find((schema) => 'enum' in dict(schema)) as Json | undefined;
  return buildParameter({
    name: parameter.name,
    type,
    optional: 'optional' in parameter ? parameter.optional : false,
    description: parameter.description,
    default: parameter.default,
    options: withEnum ? withEnum.enum : [],
  });
}

/**
 * The parameters of an openEO user-defined process (process graph JSON), mapped as the
 * service maps them: each schema in turn, `temporal-interval` arrays `date-interval`, string
 * arrays `array-string`, `bounding-box` and `geojson` subtypes `bounding-box` and `polygon`,
 * numbers `integer`; the first `enum` gives `options`. A parameter no schema maps, or one
 * without a name or description, throws the service's reason.
 */
export function openEoUdpParameters(udp: unknown): Parameter[] {
  const entries = dict(udp).parameters ?? [];
  const list = Array.isArray(entries) ? entries : isRecord(entries) ? Object.keys(entries) : [];
  return list.map(toParameter);
}
