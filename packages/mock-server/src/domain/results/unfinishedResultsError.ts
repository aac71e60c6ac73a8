import type { ProcessTypeEnum } from '@apex-dispatch/contract';

// What each kind of platform answers when asked for the results of a job that has none (yet),
// as the service's platform clients print it into `details.error`.
const MESSAGES: Record<ProcessTypeEnum, string> = {
  openeo:
    '[400] JobNotFinished: Batch job has not finished computing the results yet. Please try again later.',
  ogc_api_process:
    '(404)\nReason: Not Found\nHTTP response body: {"type": "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/result-not-ready", "title": "Result not ready", "status": 404}',
};

/** The platform's refusal to give the results of a job that has not finished. */
export const unfinishedResultsError = (label: ProcessTypeEnum): string => MESSAGES[label];
