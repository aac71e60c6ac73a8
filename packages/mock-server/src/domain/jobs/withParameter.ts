import type { JsonObject } from '@apex-dispatch/contract';

/**
 * A copy of `parameters` with one more (or replaced) entry. Keys are defined, never assigned,
 * so a "__proto__" key stays plain data.
 */
export function withParameter(parameters: JsonObject, name: string, value: unknown): JsonObject {
  const copy: JsonObject = {};
  const define = (key: string, inner: unknown) =>
    Object.defineProperty(copy, key, {
      value: inner,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const key of Object.keys(parameters)) define(key, parameters[key]);
  define(name, value);
  return copy;
}
