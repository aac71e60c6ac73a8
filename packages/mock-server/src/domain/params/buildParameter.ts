import { type Parameter, type ParamTypeEnum, pydanticMessages } from '@apex-dispatch/contract';
import { laxBool } from '../validation/pydanticLax';
import { ParameterRetrievalError } from './ParameterRetrievalError';
import { pythonRepr, pythonType } from './pythonRepr';

// The pydantic minor version whose error links the service's messages carry.
const PYDANTIC_DOCS = 'https://errors.pydantic.dev/2.12/v';

type Fields = {
  name: unknown;
  type: ParamTypeEnum;
  optional: unknown;
  description: unknown;
  default: unknown;
  options: unknown;
};

type FieldError = { field: string; type: string; msg: string; input: unknown };

function fieldErrors(fields: Fields): FieldError[] {
  const errors: FieldError[] = [];
  const string = (field: 'name' | 'description') => {
    if (typeof fields[field] !== 'string') {
      errors.push({
        field,
        type: 'string_type',
        msg: pydanticMessages.string_type,
        input: fields[field],
      });
    }
  };
  string('name');
  if (laxBool(fields.optional) === undefined) {
    const parsing = typeof fields.optional === 'string' || typeof fields.optional === 'number';
    const type = parsing ? 'bool_parsing' : 'bool_type';
    errors.push({ field: 'optional', type, msg: pydanticMessages[type], input: fields.optional });
  }
  string('description');
  if (!Array.isArray(fields.options)) {
    errors.push({
      field: 'options',
      type: 'list_type',
      msg: pydanticMessages.list_type,
      input: fields.options,
    });
  }
  return errors;
}

/**
 * The service's `Parameter` from the fields a platform gave, checked as pydantic checks them:
 * a missing name or description fails the whole answer with pydantic's own message.
 */
export function buildParameter(fields: Fields): Parameter {
  const errors = fieldErrors(fields);
  if (errors.length > 0) {
    const count = `${errors.length} validation error${errors.length === 1 ? '' : 's'}`;
    const lines = errors.map(
      ({ field, type, msg, input }) =>
        `${field}\n  ${msg} [type=${type}, input_value=${pythonRepr(input)}, input_type=${pythonType(input)}]\n    For further information visit ${PYDANTIC_DOCS}/${type}`,
    );
    throw new ParameterRetrievalError(`${count} for Parameter\n${lines.join('\n')}`);
  }
  return {
    name: fields.name as string,
    type: fields.type,
    optional: laxBool(fields.optional) ?? false,
    description: fields.description as string,
    default: fields.default ?? null,
    options: fields.options as unknown[],
  };
}
