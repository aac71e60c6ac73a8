import type { BaseJobRequest, Parameter } from '@apex-dispatch/contract';
import { boundingBoxRefusal } from './boundingBoxRefusal';

/** What the mock knows when it submits a job the way the service would. */
export type SubmissionRules = {
  /** The backends the service is configured for; any other endpoint is refused. */
  readonly backends: ReadonlySet<string>;
  /** The parameters of a catalogued service, or undefined for one the mock does not know. */
  readonly declaredParameters: (request: BaseJobRequest) => readonly Parameter[] | undefined;
};

/**
 * Why the platform side of the service refuses to start this job (the message it puts in
 * `details.error`), or undefined when it would start it. openEO: the bounding-box parameters
 * are converted first, then the backend is looked up in the configuration; OGC API Processes:
 * the user's token is exchanged for the endpoint, whose configuration lookup fails first.
 */
export function submissionRefusal(
  request: BaseJobRequest,
  rules: SubmissionRules,
): string | undefined {
  if (request.label === 'openeo') {
    const declared = rules.declaredParameters(request);
    const refusal = declared && boundingBoxRefusal(request.parameters, declared);
    if (refusal !== undefined) return refusal;
  }
  return backendRefusal(request, rules.backends);
}

/** Why the service cannot reach the request's backend: it is not one it is configured for. */
export function backendRefusal(
  { label, service: { endpoint } }: BaseJobRequest,
  backends: ReadonlySet<string>,
): string | undefined {
  if (backends.has(endpoint)) return undefined;
  if (label === 'openeo') return `No OpenEO backend configuration found for URL: ${endpoint}`;
  // OGC: the token exchange looks the endpoint up in a Python dict; KeyError prints it quoted.
  return `'${endpoint}'`;
}
