import {
  isValid,
  OK,
  type ParseInput,
  type ParseReturnType,
  ZodRecord,
  type ZodString,
  type ZodUnknown,
  z,
} from 'zod';

/**
 * A record that hands back the very object it was given. zod rebuilds records key by key and
 * skips `__proto__`; the service keeps every key of `parameters` as plain data, so do we.
 */
class ZodJsonObject extends ZodRecord<ZodString, ZodUnknown> {
  override _parse(input: ParseInput): ParseReturnType<Record<string, unknown>> {
    const result = super._parse(input);
    return isValid(result) ? OK(input.data as Record<string, unknown>) : result;
  }
}

/** Any JSON object; its keys are kept as they are, whatever they are named. */
export const JsonObjectSchema: ZodRecord<ZodString, ZodUnknown> = new ZodJsonObject(
  z.record(z.unknown())._def,
);
export type JsonObject = z.infer<typeof JsonObjectSchema>;
