import { brand, hasBrand } from './brand';

const CLASS_NAME = Symbol.for('@apex-dispatch/client.errorClassName');

type ErrorClass<T> = abstract new (...args: never[]) => T;

/**
 * Names an error class, the one place each class says who it is: its instances' `name`, the
 * brand they carry (see `brand`), and the guard returned, which knows instances made by another
 * copy of this package as well.
 */
export function nameErrorClass<T extends Error>(
  Class: ErrorClass<T>,
  name: string,
): (value: unknown) => value is T {
  Object.defineProperty(Class, CLASS_NAME, { value: name });
  Object.defineProperty(Class.prototype, 'name', {
    value: name,
    writable: true,
    configurable: true,
  });
  return (value: unknown): value is T => value instanceof Class || hasBrand(value, name);
}

/** Brands `error` with the name of its class and of every class that class extends, base first. */
export function brandClassChain(error: Error, Class: unknown): void {
  const names: string[] = [];
  let current = Class;
  while (typeof current === 'function') {
    const name = (current as unknown as Record<symbol, unknown>)[CLASS_NAME];
    if (typeof name === 'string') names.unshift(name);
    current = Object.getPrototypeOf(current);
  }
  for (const name of names) brand(error, name);
}
