import type { Parameter, ParamTypeEnum } from '@apex-dispatch/contract';
import { buildParameter } from './buildParameter';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const KEPT_TYPES: readonly unknown[] = [
  'date-interval',
  'bounding-box',
  'boolean',
  'integer',
  'double',
];

// The service looks for a kept type in the pair (input id, schema type): an input named like
// a type takes that type, whatever its schema says.
function typeOf(name: string, schema: Record<string, unknown>): ParamTypeEnum {
  const kept = [name, schema.type].find((candidate) => KEPT_TYPES.includes(candidate));
  if (kept !== undefined) return kept as ParamTypeEnum;
  const required = Array.isArray(schema.required) ? schema.required : [];
  return required.includes('bbox') ? 'bounding-box' : 'string';
}

/**
 * The parameters of an OGC API Processes process description, from its `inputs`, mapped as
 * the service maps them: a few types kept, anything else `string` (or `bounding-box` when the
 * schema requires `bbox`); optional when `minOccurs` is 0; no default ever; a missing
 * description becomes "Parameter: <name>".
 */
export function ogcProcessParameters(description: unknown): Parameter[] {
  if (!isRecord(description) || !isRecord(description.inputs)) return [];
  const inputs = description.inputs;
  return Object.keys(inputs).map((name) => {
    const input = isRecord(inputs[name]) ? inputs[name] : {};
    const schema = isRecord(input.schema) ? input.schema : {};
    return buildParameter({
      name,
      type: typeOf(name, schema),
      optional: input.minOccurs === 0,
      description:
        typeof input.description === 'string' && input.description !== ''
          ? input.description
          : `Parameter: ${name}`,
      default: null,
      options: Array.isArray(schema.enum) && schema.enum.length > 0 ? schema.enum : [],
    });
  });
}
