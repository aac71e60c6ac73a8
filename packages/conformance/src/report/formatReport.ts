import type { CheckResult, ConformanceReport } from './ConformanceReport';

const LABELS: Record<CheckResult['status'], string> = {
  passed: 'pass',
  failed: 'FAIL',
  skipped: 'skip',
};

/** A failure's detail as two lines, what the contract expects and what the deployment sent. */
function detailLines(check: CheckResult): string[] {
  if (check.status === 'passed') return [];
  const drift = /^expected ([\s\S]*?); sent ([\s\S]*)$/.exec(check.detail);
  if (check.status === 'failed' && drift) {
    return [`contract expects: ${drift[1]}`, `deployment sent:  ${drift[2]}`];
  }
  return [check.detail];
}

/** The report as a table for a terminal: one row per check, and for a failure what differs. */
export function formatReport(report: ConformanceReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length));
  const indent = ' '.repeat(width + 10);
  const rows = report.checks.flatMap((check) => [
    `  ${LABELS[check.status]}  ${check.id.padEnd(width)}  ${check.title}`,
    ...detailLines(check).map((line) => `${indent}${line}`),
  ]);
  const { passed, failed, skipped } = report.summary;
  const verdict =
    failed > 0
      ? 'the deployment departs from the contract where FAIL says.'
      : 'the deployment keeps the contract, as far as the checks run.';
  return [
    `Conformance of ${report.target} to @apex-dispatch/contract`,
    '',
    ...rows,
    '',
    `${report.checks.length} checks: ${passed} passed, ${failed} failed, ${skipped} skipped; ${verdict}`,
    '',
  ].join('\n');
}
