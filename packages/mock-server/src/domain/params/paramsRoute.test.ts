import {
  ogcApiProcessParamRequestExample,
  openEoParamRequestExample,
  ParameterSchema,
} from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestServer } from '../../testing/testServer';

const ParametersSchema = z.array(ParameterSchema);

describe('POST /params', () => {
  const server = useTestServer({
    services: [
      {
        label: 'openeo',
        application: 'https://example.test/udp/flood.json',
        udp: {
          id: 'flood',
          parameters: [
            { name: 'aoi', description: 'Area', schema: { type: 'object', subtype: 'geojson' } },
            {
              name: 'threshold',
              description: 'dB',
              schema: { type: 'number' },
              optional: true,
              default: -15,
            },
          ],
        },
      },
      {
        label: 'ogc_api_process',
        endpoint: 'https://ogc.example.test/',
        application: '/processes/land-cover',
        process: {
          inputs: {
            year: { schema: { type: 'integer', enum: [2020, 2021] } },
            area: { description: 'Where', schema: { type: 'bounding-box' }, minOccurs: 0 },
          },
        },
      },
      {
        label: 'openeo',
        application: 'https://example.test/udp/undescribed.json',
        udp: { parameters: [{ name: 'size', schema: { type: 'integer' } }] },
      },
      {
        label: 'openeo',
        application: 'https://example.test/udp/unmapped.json',
        udp: {
          parameters: [
            {
              name: 'n',
              description: 'n',
              schema: [{ type: ['integer', 'null'] }, { type: 'object', subtype: 'datacube' }],
            },
          ],
        },
      },
      {
        label: 'openeo',
        application: 'https://example.test/udp/listed.json',
        parameters: [{ name: 'k', type: 'double', optional: false, description: 'A k' }],
      },
    ],
  });

  it('knows the variability-map UDP of the reference examples', async () => {
    const response = await server.post('/params', openEoParamRequestExample);
    expect(response.status).toBe(200);
    const parameters = ParametersSchema.parse(await response.json());
    expect(parameters.map(({ name, type, optional }) => ({ name, type, optional }))).toEqual([
      { name: 'temporal_extent', type: 'date-interval', optional: false },
      { name: 'spatial_extent', type: 'bounding-box', optional: false },
      { name: 'raw', type: 'boolean', optional: true },
    ]);
    expect(parameters[2]?.default).toBe(false);
  });

  it('knows the OGC vegetation-index process', async () => {
    const response = await server.post('/params', ogcApiProcessParamRequestExample);
    const parameters = ParametersSchema.parse(await response.json());
    expect(parameters).toEqual([
      {
        name: 'collection',
        type: 'string',
        optional: false,
        description: 'Satellite collection to compute the index from.',
        default: null,
        options: ['SENTINEL2_L2A', 'LANDSAT8_L2'],
      },
      {
        name: 'bbox',
        type: 'bounding-box',
        optional: false,
        description: 'Bounding box [west, south, east, north] in EPSG:4326.',
        default: null,
        options: [],
      },
      {
        name: 'date',
        type: 'date-interval',
        optional: true,
        description: 'Parameter: date',
        default: null,
        options: [],
      },
      {
        name: 'index',
        type: 'string',
        optional: true,
        description: 'Which vegetation index to compute.',
        // The service gives OGC inputs no default, whatever their schema says.
        default: null,
        options: ['NDVI', 'EVI', 'SAVI'],
      },
    ]);
  });

  it('serves added services given as a UDP, a process description or a parameter list', async () => {
    const udp = ParametersSchema.parse(
      await (
        await server.post('/params', {
          label: 'openeo',
          service: {
            endpoint: 'https://any.backend',
            application: 'https://example.test/udp/flood.json',
          },
        })
      ).json(),
    );
    expect(udp).toEqual([
      {
        name: 'aoi',
        type: 'polygon',
        optional: false,
        description: 'Area',
        default: null,
        options: [],
      },
      {
        name: 'threshold',
        type: 'integer',
        optional: true,
        description: 'dB',
        default: -15,
        options: [],
      },
    ]);

    const ogc = ParametersSchema.parse(
      await (
        await server.post('/params', {
          label: 'ogc_api_process',
          service: { endpoint: 'https://ogc.example.test', application: '/processes/land-cover' },
        })
      ).json(),
    );
    expect(ogc).toEqual([
      {
        name: 'year',
        type: 'integer',
        optional: false,
        description: 'Parameter: year',
        default: null,
        options: [2020, 2021],
      },
      {
        name: 'area',
        type: 'bounding-box',
        optional: true,
        description: 'Where',
        default: null,
        options: [],
      },
    ]);

    const listed = ParametersSchema.parse(
      await (
        await server.post('/params', {
          label: 'openeo',
          service: { endpoint: 'https://x', application: 'https://example.test/udp/listed.json' },
        })
      ).json(),
    );
    expect(listed).toEqual([
      {
        name: 'k',
        type: 'double',
        optional: false,
        description: 'A k',
        default: null,
        options: [],
      },
    ]);
  });

  it('answers an unknown service with the service’s 500 detail body, saying how to add it', async () => {
    for (const request of [
      {
        label: 'openeo',
        service: { endpoint: 'https://x', application: 'https://nowhere.test/udp.json' },
      },
      // The right process on another platform is another service.
      {
        ...ogcApiProcessParamRequestExample,
        service: { ...ogcApiProcessParamRequestExample.service, endpoint: 'https://other.test' },
      },
      // The right application under the other label, too.
      { ...openEoParamRequestExample, label: 'ogc_api_process' },
    ]) {
      const response = await server.post('/params', request);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/json');
      const body = await response.json();
      expect(Object.keys(body)).toEqual(['detail']);
      expect(body.detail).toBe(
        `An error occurred while retrieving service parameters: ${request.service.application} is not in the mock server's catalogue (add it with --services, or start the mock with --fetch-services to fetch it as the service does)`,
      );
    }
  });

  it('fails as the service does for a parameter without description or an unmapped schema', async () => {
    const missing = await server.post('/params', {
      label: 'openeo',
      service: { endpoint: 'https://x', application: 'https://example.test/udp/undescribed.json' },
    });
    expect(missing.status).toBe(500);
    expect((await missing.json()).detail).toBe(
      'An error occurred while retrieving service parameters: 1 validation error for Parameter\n' +
        'description\n  Input should be a valid string [type=string_type, input_value=None, input_type=NoneType]\n' +
        '    For further information visit https://errors.pydantic.dev/2.12/v/string_type',
    );
    const unmapped = await server.post('/params', {
      label: 'openeo',
      service: { endpoint: 'https://x', application: 'https://example.test/udp/unmapped.json' },
    });
    expect(unmapped.status).toBe(500);
    expect((await unmapped.json()).detail).toBe(
      "An error occurred while retrieving service parameters: Unsupported parameter schemas: [{'type': ['integer', 'null']}, {'type': 'object', 'subtype': 'datacube'}]",
    );
  });

  it('validates the request', async () => {
    const response = await server.post('/params', { label: 'openeo' });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.details.errors).toEqual([
      {
        type: 'missing',
        loc: ['body', 'service'],
        msg: 'Field required',
        input: { label: 'openeo' },
      },
    ]);
  });
});
