import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as source from '../index';

// Two more copies of this package, as an app may load them side by side: the built CommonJS and
// ESM files (the test run builds them first). Each has its own classes.
const dist = new URL('../../dist/', import.meta.url);
const cjs: typeof source = createRequire(import.meta.url)(new URL('index.cjs', dist).pathname);
const esm: typeof source = await import(/* @vite-ignore */ new URL('index.js', dist).href);

const headers = new Headers();
const apiInit = {
  operation: 'getJob',
  status: 404,
  headers,
  body: {},
  errorCode: 'JOB_NOT_FOUND',
  message: 'The requested job was not found.',
  requestId: undefined,
  details: undefined,
};

/** One instance of every error class of a copy. */
const errorsOf = (copy: typeof source) => ({
  DispatchError: new copy.DispatchError('boom'),
  DispatchApiError: new copy.DispatchApiError(apiInit),
  DispatchValidationError: new copy.DispatchValidationError({ ...apiInit, issues: [] }),
  DispatchNetworkError: new copy.DispatchNetworkError('down', { cause: new TypeError('x') }),
  DispatchTimeoutError: new copy.DispatchTimeoutError(10),
  DispatchAbortError: new copy.DispatchAbortError(),
  DispatchStreamError: new copy.DispatchStreamError({
    path: '/ws/jobs_status',
    code: 1011,
    reason: 'INTERNAL_ERROR',
    opened: true,
    message: 'stream failed',
  }),
  DispatchResponseValidationError: new copy.DispatchResponseValidationError({
    ...apiInit,
    issues: [],
  }),
});

type ErrorName = keyof ReturnType<typeof errorsOf>;

/** Which guards of `copy` accept the error. */
const guardsAccepting = (copy: typeof source, error: unknown): ErrorName[] =>
  (
    [
      ['DispatchError', copy.isDispatchError],
      ['DispatchApiError', copy.isDispatchApiError],
      ['DispatchValidationError', copy.isDispatchValidationError],
      ['DispatchNetworkError', copy.isDispatchNetworkError],
      ['DispatchTimeoutError', copy.isDispatchTimeoutError],
      ['DispatchAbortError', copy.isDispatchAbortError],
      ['DispatchStreamError', copy.isDispatchStreamError],
      ['DispatchResponseValidationError', copy.isDispatchResponseValidationError],
    ] as const
  )
    .filter(([, guard]) => guard(error))
    .map(([name]) => name);

const expected: Record<ErrorName, ErrorName[]> = {
  DispatchError: ['DispatchError'],
  DispatchApiError: ['DispatchError', 'DispatchApiError'],
  DispatchValidationError: ['DispatchError', 'DispatchApiError', 'DispatchValidationError'],
  DispatchNetworkError: ['DispatchError', 'DispatchNetworkError'],
  DispatchTimeoutError: ['DispatchError', 'DispatchTimeoutError'],
  DispatchAbortError: ['DispatchError', 'DispatchAbortError'],
  DispatchStreamError: ['DispatchError', 'DispatchStreamError'],
  DispatchResponseValidationError: ['DispatchError', 'DispatchResponseValidationError'],
};

describe('type guards across copies of the package', () => {
  it.each([
    ['CommonJS', 'ESM', cjs, esm],
    ['ESM', 'CommonJS', esm, cjs],
    ['CommonJS', 'source', cjs, source],
  ] as const)('recognise errors made by the %s build in the %s one', (_, __, maker, checker) => {
    for (const [name, error] of Object.entries(errorsOf(maker)) as [ErrorName, Error][]) {
      // A class check cannot see them: the copies' classes differ.
      expect(error).not.toBeInstanceOf(checker.DispatchError);
      expect(guardsAccepting(checker, error), name).toEqual(expected[name]);
    }
  });

  it('do not take a look-alike for one of ours', () => {
    const fake = Object.assign(new Error('Not Found'), { name: 'DispatchApiError', status: 404 });
    expect(guardsAccepting(source, fake)).toEqual([]);
    expect(guardsAccepting(source, { name: 'DispatchError' })).toEqual([]);
    expect(guardsAccepting(source, null)).toEqual([]);
  });

  it('keep the brand out of sight: no enumerable property, nothing in logs or spreads', () => {
    const error = errorsOf(cjs).DispatchValidationError;
    const symbols = Object.getOwnPropertySymbols(error);
    expect(symbols.map(String)).toEqual([
      'Symbol(@apex-dispatch/client.DispatchError)',
      'Symbol(@apex-dispatch/client.DispatchApiError)',
      'Symbol(@apex-dispatch/client.DispatchValidationError)',
    ]);
    expect(
      symbols.filter((symbol) => Object.prototype.propertyIsEnumerable.call(error, symbol)),
    ).toEqual([]);
  });
});
