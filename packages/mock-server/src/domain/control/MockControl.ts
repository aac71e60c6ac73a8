import type { DispatchContract } from '@apex-dispatch/contract';
import type { JobOutcome } from '../jobs/jobLifecycle';
import type { ErrorScenario } from '../scenarios/errorScenarios';
import type { MockSeed } from './MockSeed';

/** The mock's clock, which jobs and tasks live by (and JWT `exp` is read against). */
export type MockClock = {
  /** The mock's time, in ms since the epoch. */
  readonly now: () => number;
  /** Moves the clock on by `ms` (jobs progress as if that time had passed). */
  readonly advance: (ms: number) => void;
  /** Sets the clock to `ms` since the epoch; it runs on from there. */
  readonly set: (ms: number) => void;
};

/**
 * The next answer of an operation, as a test scripts it (what a `Prefer` header does, without
 * the app sending one). One of:
 * - `{ status: 500 }` (any status the operation documents): its documented error;
 * - `{ status: 200, body: {...} }`: exactly this JSON answer, nothing stored;
 * - `{ error: 'not-linked' }` (or another `Prefer: error=` scenario): that failure;
 * - `{ jobStatus: 'failed', jobs: [2] }`: the jobs the request creates end so.
 */
export type NextAnswer = {
  readonly status?: number;
  readonly body?: unknown;
  readonly error?: ErrorScenario;
  readonly jobStatus?: JobOutcome;
  /** With `jobStatus`, which of an upscaling task's jobs (1-based); default all. */
  readonly jobs?: readonly number[];
};

/** A request the mock received, as `requests()` lists it. */
export type RecordedRequest = {
  readonly method: string;
  /** The path as sent, without the query string. */
  readonly path: string;
  /** The contract operation it reached, if any: `createUnitJob`. */
  readonly operation?: string;
  /** Who it was authenticated as, on the routes that need a token. */
  readonly user?: string;
  /** The JSON body as sent (before any coercion), on the routes that take one. */
  readonly body?: unknown;
  /** The status it was answered with. */
  readonly status: number;
};

/** Drives a mock from a test: the same object on the server, the fetch function and MSW. */
export type MockControl = {
  /** Forgets every job, task, scripted answer and recorded request; the clock runs true again. */
  readonly reset: () => void;
  /**
   * Stores jobs and tasks in any status, with given times and users. Validated first: a bad
   * seed throws an Error naming the field, and changes nothing.
   */
  readonly seed: (seed: MockSeed) => void;
  /** Scripts the next `times` (default 1) answers of a contract operation, by its name. */
  readonly answerNext: (
    operation: Extract<keyof DispatchContract, string>,
    answer: NextAnswer,
    times?: number,
  ) => void;
  /** The requests received since the start (or the last reset), oldest first; the latest 1000. */
  readonly requests: () => readonly RecordedRequest[];
  readonly clock: MockClock;
};
