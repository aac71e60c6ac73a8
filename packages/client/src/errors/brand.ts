// A class check fails across two copies of this package (its ESM and CJS builds loaded side by
// side, or two versions in one app): each copy has its own classes. A registered symbol is the
// same in every copy, so the guards also look for it, as trpc's `isTRPCClientError` does by name.
const brandOf = (name: string): symbol => Symbol.for(`@apex-dispatch/client.${name}`);

/** Marks `error` as an instance of the class `name`, invisibly (not enumerable). */
export function brand(error: Error, name: string): void {
  Object.defineProperty(error, brandOf(name), { value: true });
}

/** Whether `value` was made by the class `name` of any copy of this package. */
export function hasBrand(value: unknown, name: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brandOf(name)] === true
  );
}
