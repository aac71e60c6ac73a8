export type { ConformanceOptions } from './ConformanceOptions';
export {
  ConformanceRunError,
  type ConformanceRunErrorCode,
  isConformanceRunError,
} from './errors/ConformanceRunError';
export {
  type CheckResult,
  CheckResultSchema,
  type CheckStatus,
  CheckStatusSchema,
  type ConformanceReport,
  ConformanceReportSchema,
} from './report/ConformanceReport';
export { formatReport } from './report/formatReport';
export { runConformance } from './runConformance';
