/**
 * The compiler options of every package's declaration build (tsup's `dts`). `noCheck` emits the
 * declarations without checking every function body first: the same files in about half the
 * time. Type errors are `pnpm typecheck`'s to find, which CI runs before the tests; the type tests
 * (`*.test-d.ts`) compile with the sources they import under `pnpm test` too.
 */
export const declarationOptions = { noCheck: true };
