import { VARIABILITY_MAP_UDP } from '@apex-dispatch/contract';
import type { ServiceDefinition } from './ServiceDefinition';

/** The parameters of the variability-map UDP, as its process graph JSON declares them. */
const variabilityMapUdp = {
  id: 'variabilitymap',
  summary: 'Daily crop performance calculation',
  parameters: [
    {
      name: 'temporal_extent',
      description: 'Temporal extent: a two-element array with the start and end date.',
      schema: {
        type: 'array',
        subtype: 'temporal-interval',
        minItems: 2,
        maxItems: 2,
        items: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
      },
    },
    {
      name: 'spatial_extent',
      description: 'The bounding box or polygons of the fields to map.',
      schema: [
        {
          title: 'Bounding Box',
          type: 'object',
          subtype: 'bounding-box',
          required: ['west', 'south', 'east', 'north'],
        },
        { title: 'Vector data cube', type: 'object', subtype: 'datacube' },
        { title: 'No filter', type: 'null' },
      ],
    },
    {
      name: 'raw',
      description: 'Whether the map holds the raw differences instead of categories.',
      schema: { type: 'boolean' },
      default: false,
      optional: true,
    },
  ],
};

/** An OGC API Processes description of a vegetation-index process. */
const vegetationIndexProcess = {
  id: 'vegetation-index',
  title: 'Vegetation index',
  inputs: {
    collection: {
      title: 'Collection',
      description: 'Satellite collection to compute the index from.',
      schema: { type: 'string', enum: ['SENTINEL2_L2A', 'LANDSAT8_L2'] },
    },
    bbox: {
      title: 'Area of interest',
      description: 'Bounding box [west, south, east, north] in EPSG:4326.',
      schema: { type: 'object', required: ['bbox'] },
    },
    date: {
      title: 'Time range',
      schema: { type: 'date-interval' },
      minOccurs: 0,
    },
    index: {
      title: 'Index',
      description: 'Which vegetation index to compute.',
      schema: { type: 'string', enum: ['NDVI', 'EVI', 'SAVI'], default: 'NDVI' },
      minOccurs: 0,
    },
  },
};

/** The services every mock server knows: those of the reference examples. */
export const builtInServices: ServiceDefinition[] = [
  // Its graph ends in a raster and saves nothing itself: back-ends write that as a GeoTIFF.
  {
    label: 'openeo',
    application: VARIABILITY_MAP_UDP,
    udp: variabilityMapUdp,
    synchronousOutput: 'gtiff',
  },
  {
    label: 'ogc_api_process',
    endpoint: 'https://processes.example.test',
    application: '/processes/vegetation-index',
    process: vegetationIndexProcess,
  },
];
