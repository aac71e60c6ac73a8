import type { BaseJobRequest } from '../models/BaseJobRequest';
import type { ParamRequest } from '../models/ParamRequest';

/** The openEO variability-map UDP used by the reference document's examples. */
export const VARIABILITY_MAP_UDP =
  'https://raw.githubusercontent.com/ESA-APEx/apex_algorithms/32ea3c9a6fa24fe063cb59164cd318cceb7209b0/openeo_udp/variabilitymap/variabilitymap.json';

/** A job on the CDSE openEO federation running the variability-map UDP. */
export const openEoJobRequestExample = {
  title: 'Example openEO Job',
  label: 'openeo',
  service: {
    endpoint: 'https://openeofed.dataspace.copernicus.eu',
    application: VARIABILITY_MAP_UDP,
  },
  parameters: {
    spatial_extent: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            coordinates: [
              [
                [5.170043941798298, 51.25050990858725],
                [5.171035037521989, 51.24865722468999],
                [5.178521828188366, 51.24674578027137],
                [5.179084341977159, 51.24984764553983],
                [5.170043941798298, 51.25050990858725],
              ],
            ],
            type: 'Polygon',
          },
        },
      ],
    },
    temporal_extent: ['2025-05-01', '2025-05-01'],
  },
  format: 'gtiff',
} satisfies BaseJobRequest;

/** A vegetation-index run on an OGC API Processes platform, as in the Python client's guide. */
export const ogcApiProcessJobRequestExample = {
  title: 'Vegetation index',
  label: 'ogc_api_process',
  service: {
    endpoint: 'https://processes.example.test',
    application: '/processes/vegetation-index',
    namespace: 'apex',
  },
  parameters: {
    collection: 'SENTINEL2_L2A',
    bbox: [12.0, 41.0, 13.0, 42.0],
  },
  format: 'geojson',
} satisfies BaseJobRequest;

export const openEoParamRequestExample = {
  label: openEoJobRequestExample.label,
  service: openEoJobRequestExample.service,
} satisfies ParamRequest;

export const ogcApiProcessParamRequestExample = {
  label: ogcApiProcessJobRequestExample.label,
  service: ogcApiProcessJobRequestExample.service,
} satisfies ParamRequest;

/** A named request example, in the shape OpenAPI's `examples` map takes. */
export type RequestExample = { summary: string; description: string; value: unknown };

export const jobRequestExamples: Record<string, RequestExample> = {
  'openEO Example': {
    summary: 'Valid openEO job request',
    description:
      'Runs the variability-map User Defined Process (UDP) on the CDSE openEO federation. `endpoint` is the URL of the openEO backend and `application` the public URL of the UDP executed on it.',
    value: openEoJobRequestExample,
  },
  'OGC API Processes Example': {
    summary: 'Valid OGC API Processes job request',
    description:
      'Runs a vegetation-index process deployed in the `apex` namespace of an OGC API Processes platform, over a Sentinel-2 L2A bounding box, returning GeoJSON.',
    value: ogcApiProcessJobRequestExample,
  },
};

export const paramRequestExamples: Record<string, RequestExample> = {
  'openEO Example': {
    summary: 'Parameters of an openEO service',
    description:
      'Retrieves the parameters of the variability-map UDP on the CDSE openEO federation.',
    value: openEoParamRequestExample,
  },
  'OGC API Processes Example': {
    summary: 'Parameters of an OGC API Processes service',
    description: 'Retrieves the inputs of the vegetation-index process.',
    value: ogcApiProcessParamRequestExample,
  },
};
