import type { BaseJobRequest } from '@apex-dispatch/contract';
import type { Answer } from '../target/Answer';
import type { Target } from '../target/Target';

/** What a check needs beyond the base URL; without it, the check is skipped. */
export type CheckNeed = 'token' | 'write';

/** What every check of one run shares. */
export type CheckContext = {
  target: Target;
  timeoutMs: number;
  /** The origin a browser page would send, for the CORS preflight. */
  origin: string;
  /** The job `--write` creates (from `--request-file`). */
  jobRequest: BaseJobRequest | undefined;
  /** What the write checks made, for the ones after them. */
  written: { jobId?: number };
  /** An answer several checks read, fetched once (the OpenAPI document). */
  once: (key: string, load: () => Promise<Answer>) => Promise<Answer>;
};

/**
 * One promise of the contract, checked against the deployment. `run` answers what it saw when
 * the promise holds and throws a `Drift` when it does not.
 */
export type Check = {
  id: string;
  title: string;
  needs: readonly CheckNeed[];
  run: (context: CheckContext) => Promise<string>;
};
