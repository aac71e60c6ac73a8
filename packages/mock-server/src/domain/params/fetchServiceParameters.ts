import type { Parameter, ParamRequest } from '@apex-dispatch/contract';
import { fetchJson, requestsWording } from './fetchJson';
import { ogcProcessParameters } from './ogcProcessParameters';
import { openEoUdpParameters } from './openEoUdpParameters';

// The OGC client's ApiException, as printed.
const ogcClientWording = (status: number, statusText: string, body: string) =>
  `(${status})\nReason: ${statusText}\nHTTP response body: ${body}\n`;

/** Where an OGC API Processes process description lives, from the request's service. */
export function processDescriptionUrl({
  endpoint,
  namespace,
  application,
}: ParamRequest['service']): string {
  if (/^https?:\/\//i.test(application)) return application;
  const host = [endpoint, namespace]
    .filter((part) => part !== undefined && part !== null && part !== '')
    .join('/');
  const base = host.replace(/\/+$/, '');
  const path = application.includes('/processes/')
    ? application
    : `/processes/${encodeURIComponent(application)}`;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}

/**
 * The parameters of a service fetched as the service fetches them: an openEO UDP from its URL
 * (`service.application`), an OGC API Processes process description from its platform.
 * No token is sent: the mock has no platform token to exchange the caller's for, and does
 * not hand the caller's own to a URL named in a request. Throws a ParameterRetrievalError
 * with the service's reason.
 */
export async function fetchServiceParameters({
  label,
  service,
}: ParamRequest): Promise<Parameter[]> {
  if (label === 'openeo') {
    return openEoUdpParameters(await fetchJson(service.application, requestsWording));
  }
  return ogcProcessParameters(await fetchJson(processDescriptionUrl(service), ogcClientWording));
}
