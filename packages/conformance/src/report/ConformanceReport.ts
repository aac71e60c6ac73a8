import { z } from 'zod';

/** How a check ended: `skipped` when the run lacks what it needs (a token, `--write`). */
export const CheckStatusSchema = z.enum(['passed', 'failed', 'skipped']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

/** One check of a run. */
export const CheckResultSchema = z.object({
  /** Stable name, e.g. `errors.unknown-job`, for filtering a report. */
  id: z.string(),
  /** What the contract promises, in words. */
  title: z.string(),
  status: CheckStatusSchema,
  /**
   * What was seen when it passed; for a failure, what the contract expects and what the
   * deployment sent; for a skip, why and what would run it.
   */
  detail: z.string(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** What `runConformance` answers and `apex-dispatch-conformance --json` prints. */
export const ConformanceReportSchema = z.object({
  /** The base URL of the deployment checked. */
  target: z.string(),
  checks: z.array(CheckResultSchema),
  summary: z.object({
    passed: z.number().int(),
    failed: z.number().int(),
    skipped: z.number().int(),
  }),
});
export type ConformanceReport = z.infer<typeof ConformanceReportSchema>;
