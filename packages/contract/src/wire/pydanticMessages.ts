/** pydantic lists choices as `'a', 'b' or 'c'`. */
function listChoices(options: ReadonlyArray<unknown>): string {
  const quoted = options.map((option) =>
    typeof option === 'string' ? `'${option}'` : String(option),
  );
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The `msg` of each pydantic 2 validation error type the service's 422 `details.errors` may
 * hold, word for word, keyed by the error's `type`. The mock words its 422s with these, and the
 * client words its own request validation the same way, so both read like the service.
 */
export const pydanticMessages = {
  missing: 'Field required',
  string_type: 'Input should be a valid string',
  int_type: 'Input should be a valid integer',
  int_parsing: 'Input should be a valid integer, unable to parse string as an integer',
  int_from_float: 'Input should be a valid integer, got a number with a fractional part',
  float_type: 'Input should be a valid number',
  float_parsing: 'Input should be a valid number, unable to parse string as a number',
  finite_number: 'Input should be a finite number',
  bool_type: 'Input should be a valid boolean',
  bool_parsing: 'Input should be a valid boolean, unable to interpret input',
  list_type: 'Input should be a valid list',
  dict_type: 'Input should be a valid dictionary',
  model_attributes_type: 'Input should be a valid dictionary or object to extract fields from',
  enum: (options: ReadonlyArray<unknown>) => `Input should be ${listChoices(options)}`,
  literal_error: (expected: ReadonlyArray<unknown>) => `Input should be ${listChoices(expected)}`,
  tuple_type: 'Input should be a valid tuple',
  /** `fieldType` is what pydantic names the container: a `list`'s `List`, a `tuple`'s `Tuple`. */
  too_short: (minimum: number, count: number, fieldType: 'List' | 'Tuple' = 'List') =>
    `${fieldType} should have at least ${plural(minimum, 'item')} after validation, not ${count}`,
  too_long: (maximum: number, count: number, fieldType: 'List' | 'Tuple' = 'List') =>
    `${fieldType} should have at most ${plural(maximum, 'item')} after validation, not ${count}`,
  string_too_short: (minimum: number) =>
    `String should have at least ${plural(minimum, 'character')}`,
  string_too_long: (maximum: number) =>
    `String should have at most ${plural(maximum, 'character')}`,
  greater_than_equal: (bound: number) => `Input should be greater than or equal to ${bound}`,
  less_than_equal: (bound: number) => `Input should be less than or equal to ${bound}`,
  value_error: (reason: string) => `Value error, ${reason}`,
  // A call's arguments (geojson_pydantic's positions are NamedTuples, validated as calls).
  arguments_type: 'Arguments must be a tuple, list or a dictionary',
  missing_argument: 'Missing required argument',
  unexpected_keyword_argument: 'Unexpected keyword argument',
  unexpected_positional_argument: 'Unexpected positional argument',
} as const;
