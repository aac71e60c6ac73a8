import {
  dispatchContract,
  viennaTileCount,
  viennaTileRequestExample,
} from '@apex-dispatch/contract';
import type { Check } from './Check';
import { Drift } from './Drift';
import { expectStatus, expectValid, show, validationErrorsOf } from './expect';
import { operationOf, successStatus } from './routes';

const { splitInTiles, createUnitJob } = dispatchContract;

// The Vienna ring without its closing position: no longer a GeoJSON linear ring.
const [ring = []] = viennaTileRequestExample.aoi.coordinates;
const unclosed = {
  ...viennaTileRequestExample,
  aoi: { ...viennaTileRequestExample.aoi, coordinates: [ring.slice(0, -1)] },
};

const headerList = (value: string | null) =>
  (value ?? '')
    .toLowerCase()
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The operations anyone may call, and what a browser asks first. */
export const publicChecks: Check[] = [
  {
    id: 'tiles.vienna',
    title: `${operationOf(splitInTiles)}: the Vienna rectangle gives the service's ${viennaTileCount} tiles`,
    needs: [],
    run: async ({ target }) => {
      const what = operationOf(splitInTiles);
      const answer = await target.request(splitInTiles.path, {
        method: 'POST',
        body: viennaTileRequestExample,
      });
      expectStatus(answer, successStatus(splitInTiles), what);
      const tiles = expectValid(
        splitInTiles.responses[201],
        answer.json,
        `${what}: a TileCollection`,
      );
      if (tiles.geometries.length !== viennaTileCount) {
        throw new Drift(`${what}: ${viennaTileCount} tiles`, `${tiles.geometries.length} tiles`);
      }
      return `${viennaTileCount} tiles on the ${viennaTileRequestExample.grid} grid`;
    },
  },
  {
    id: 'tiles.unclosed-ring',
    title: `${operationOf(splitInTiles)} with an unclosed ring: 422 VALIDATION_ERROR at body.aoi`,
    needs: [],
    run: async ({ target }) => {
      const what = `${operationOf(splitInTiles)} with an unclosed ring`;
      const answer = await target.request(splitInTiles.path, { method: 'POST', body: unclosed });
      const errors = validationErrorsOf(answer, what);
      if (!errors.some((error) => error.loc.slice(0, 2).join('.') === 'body.aoi')) {
        throw new Drift(`${what}: an error under loc ["body","aoi"]`, show(errors));
      }
      return `422: ${errors.map((error) => `${error.loc.join('.')} ${error.msg}`).join('; ')}`;
    },
  },
  {
    id: 'cors.preflight',
    title: `A browser's preflight of ${operationOf(createUnitJob)} with a token: allowed`,
    needs: [],
    run: async ({ target, origin }) => {
      const what = `OPTIONS ${createUnitJob.path} from ${origin}`;
      // What a page sends before calling a secured operation with a JSON body.
      const requested = ['authorization', 'content-type'];
      const answer = await target.request(createUnitJob.path, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': createUnitJob.method,
          'Access-Control-Request-Headers': requested.join(', '),
        },
      });
      expectStatus(answer, 200, what);
      const allowOrigin = answer.headers.get('access-control-allow-origin');
      if (allowOrigin !== origin && allowOrigin !== '*') {
        throw new Drift(
          `${what}: Access-Control-Allow-Origin ${origin} or *`,
          show(allowOrigin ?? undefined),
        );
      }
      const methods = headerList(answer.headers.get('access-control-allow-methods'));
      if (!methods.includes(createUnitJob.method.toLowerCase()) && !methods.includes('*')) {
        throw new Drift(
          `${what}: Access-Control-Allow-Methods with ${createUnitJob.method}`,
          show(methods),
        );
      }
      const headers = headerList(answer.headers.get('access-control-allow-headers'));
      const refused = requested.filter(
        (header) => !headers.includes(header) && !headers.includes('*'),
      );
      if (refused.length > 0) {
        throw new Drift(
          `${what}: Access-Control-Allow-Headers with ${requested.join(', ')}`,
          show(headers),
        );
      }
      return `200, origin ${allowOrigin}, ${createUnitJob.method} with ${requested.join(' and ')} allowed`;
    },
  },
];
