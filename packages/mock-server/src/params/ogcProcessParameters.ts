import type { Parameter, ParamTypeEnum } from '@apex-dispatch/contract';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const KEPT_TYPES: readonly string[] = [
  'date-interval',
  'bounding-box',
  'boolean',
  'integer',
  'double',
];

function typeOfSchema(schema: Record<string, unknown>): ParamTypeEnum {
  if (typeof schema.type === 'string' && KEPT_TYPES.includes(schema.type)) {
    return schema.type as ParamTypeEnum;
  }
  const required = Array.isArray(schema.required) ? schema.required : [];
  return required.includes('bbox') ? 'bounding-box' : 'string';
}

/**
 * The parameters of an OGC API Processes process description, from its `inputs`, mapped as
 * the real service maps them: a few schema types kept, anything else `string` (or
 * `bounding-box` when the schema requires `bbox`); optional when `minOccurs` is 0.
 */
export function ogcProcessParameters(description: unknown): Parameter[] {
  if (!isRecord(description) || !isRecord(description.inputs)) return [];
  const inputs = description.inputs;
  return Object.keys(inputs).flatMap((name) => {
    const input = inputs[name];
    if (!isRecord(input)) return [];
    const schema = isRecord(input.schema) ? input.schema : {};
    return [
      {
        name,
        type: typeOfSchema(schema),
        optional: input.minOccurs === 0,
        description:
          typeof input.description === 'string' && input.description !== ''
            ? input.description
            : `Parameter: ${name}`,
        ...('default' in schema ? { default: schema.default } : {}),
        ...(Array.isArray(schema.enum) ? { options: schema.enum } : {}),
      },
    ];
  });
}
