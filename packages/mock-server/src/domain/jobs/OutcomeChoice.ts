import type { JobOutcome } from './jobLifecycle';

/**
 * How the jobs a request creates end (default `finished`), optionally only for some of an
 * upscaling task's jobs: `jobs` lists them 1-based, in the order of the dimension's values.
 */
export type OutcomeChoice = { status?: JobOutcome; jobs?: number[] };
