import { describe, expect, it } from 'vitest';
import { ProcessTypeEnum } from '../enums/ProcessTypeEnum';
import { pydanticMessages } from './pydanticMessages';

describe('pydanticMessages', () => {
  it('lists choices as pydantic does', () => {
    expect(pydanticMessages.enum(Object.values(ProcessTypeEnum))).toBe(
      "Input should be 'openeo' or 'ogc_api_process'",
    );
    expect(pydanticMessages.enum(['a', 'b', 'c'])).toBe("Input should be 'a', 'b' or 'c'");
    expect(pydanticMessages.too_short(1, 0)).toBe(
      'List should have at least 1 item after validation, not 0',
    );
    expect(pydanticMessages.too_long(2, 3, 'Tuple')).toBe(
      'Tuple should have at most 2 items after validation, not 3',
    );
    expect(pydanticMessages.string_too_long(2)).toBe('String should have at most 2 characters');
  });
});
