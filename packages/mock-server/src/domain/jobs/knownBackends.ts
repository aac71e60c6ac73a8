import { ogcApiProcessJobRequestExample, openEoJobRequestExample } from '@apex-dispatch/contract';

/**
 * The platforms the service's own configuration and examples name: CDSE's openEO and its
 * federation, and the OGC API Processes platform of the published document's examples.
 */
const SERVICE_BACKENDS = [
  'https://openeofed.dataspace.copernicus.eu',
  'https://openeo.dataspace.copernicus.eu',
  'https://platform.eo/',
];

/**
 * The backends the mock accepts jobs for, like the service's configured ones: the service's,
 * those of the contract's examples, those of the catalogue's services, and any given.
 */
export function knownBackends(
  catalogEndpoints: readonly (string | undefined)[],
  extra: readonly string[] = [],
): ReadonlySet<string> {
  return new Set(
    [
      ...SERVICE_BACKENDS,
      openEoJobRequestExample.service.endpoint,
      ogcApiProcessJobRequestExample.service.endpoint,
      ...catalogEndpoints,
      ...extra,
    ].filter((endpoint): endpoint is string => endpoint !== undefined),
  );
}
