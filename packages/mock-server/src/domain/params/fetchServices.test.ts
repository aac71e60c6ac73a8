import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../testing/testServer';

const UDP = {
  id: 'ndwi',
  parameters: [
    {
      name: 'bbox',
      description: 'Area',
      schema: { type: 'object', subtype: 'bounding-box' },
    },
    {
      name: 'mode',
      description: 'Mode',
      schema: { type: 'string', enum: ['fast', 'exact'] },
      optional: true,
      default: 'fast',
    },
  ],
};

const PROCESS = {
  id: 'ndvi',
  inputs: {
    when: { schema: { type: 'date-interval' } },
    area: { description: 'Area', schema: { type: 'object', required: ['bbox'] }, minOccurs: 0 },
  },
};

// A platform of its own, on a free port: a UDP, an OGC process description, a 404, no JSON.
function usePlatform() {
  const platform = { url: '', requests: [] as string[] };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      platform.requests.push(req.url ?? '');
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      };
      if (req.url === '/udp/ndwi.json') send(200, JSON.stringify(UDP));
      else if (req.url === '/ogc/processes/ndvi') send(200, JSON.stringify(PROCESS));
      else if (req.url === '/udp/text.json') send(200, 'not json');
      else send(404, '{"detail":"Not Found"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    platform.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return platform;
}

const openEo = (application: string) => ({
  label: 'openeo',
  service: { endpoint: 'https://openeo.example', application },
});

describe('fetchServices: POST /params fetches what its catalogue lacks, as the service does', () => {
  const platform = usePlatform();
  const server = useTestServer({ fetchServices: true });
  const detail = async (response: Response) => {
    expect(response.status).toBe(500);
    return (await response.json()).detail;
  };

  it('reads an openEO UDP from its URL', async () => {
    const response = await server.post('/params', openEo(`${platform.url}/udp/ndwi.json`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      {
        name: 'bbox',
        type: 'bounding-box',
        optional: false,
        description: 'Area',
        default: null,
        options: [],
      },
      {
        name: 'mode',
        type: 'string',
        optional: true,
        description: 'Mode',
        default: 'fast',
        options: ['fast', 'exact'],
      },
    ]);
  });

  it('reads an OGC process description from its platform and namespace', async () => {
    const response = await server.post('/params', {
      label: 'ogc_api_process',
      service: { endpoint: platform.url, namespace: 'ogc', application: 'ndvi' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      {
        name: 'when',
        type: 'date-interval',
        optional: false,
        description: 'Parameter: when',
        default: null,
        options: [],
      },
      {
        name: 'area',
        type: 'bounding-box',
        optional: true,
        description: 'Area',
        default: null,
        options: [],
      },
    ]);
  });

  it('words a missing UDP as requests does', async () => {
    const url = `${platform.url}/udp/missing.json`;
    expect(await detail(await server.post('/params', openEo(url)))).toBe(
      `An error occurred while retrieving service parameters: 404 Client Error: Not Found for url: ${url}`,
    );
  });

  it('words a body that is no JSON, and an unreachable host', async () => {
    expect(
      await detail(await server.post('/params', openEo(`${platform.url}/udp/text.json`))),
    ).toBe(
      'An error occurred while retrieving service parameters: Expecting value: line 1 column 1 (char 0)',
    );
    const closed = await detail(
      await server.post('/params', openEo('http://127.0.0.1:9/udp.json')),
    );
    expect(closed).toMatch(
      /^An error occurred while retrieving service parameters: HTTPConnectionPool\(host='127\.0\.0\.1', port=9\): Max retries exceeded with url: \/udp\.json/,
    );
  });

  it('words an application that is no URL', async () => {
    expect(await detail(await server.post('/params', openEo('ndwi.json')))).toBe(
      "An error occurred while retrieving service parameters: Invalid URL 'ndwi.json': No scheme supplied. Perhaps you meant https://ndwi.json?",
    );
  });

  it('still answers catalogued services from the catalogue', async () => {
    const before = platform.requests.length;
    const response = await server.post('/params', {
      label: 'ogc_api_process',
      service: {
        endpoint: 'https://processes.example.test',
        application: '/processes/vegetation-index',
      },
    });
    expect(response.status).toBe(200);
    expect(platform.requests.length).toBe(before);
  });
});

describe('without fetchServices (the default)', () => {
  const platform = usePlatform();
  const server = useTestServer();

  it('fetches nothing and says how to add the service', async () => {
    const response = await server.post('/params', openEo(`${platform.url}/udp/ndwi.json`));
    expect(response.status).toBe(500);
    expect((await response.json()).detail).toContain('--fetch-services');
    expect(platform.requests).toEqual([]);
  });
});
