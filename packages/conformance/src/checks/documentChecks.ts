import { dispatchContract, documentPaths } from '@apex-dispatch/contract';
import { compareDeploymentDocument, type DocumentDrift } from '@apex-dispatch/contract/openapi';
import type { Check, CheckContext } from './Check';
import { Drift } from './Drift';
import { expectStatus, expectValid } from './expect';
import { operationOf, successStatus } from './routes';

const { health } = dispatchContract;

/** The deployment's OpenAPI document compared with the contract, fetched once per run. */
async function documentDrift(context: CheckContext): Promise<DocumentDrift> {
  const answer = await context.once(documentPaths.openApi, () =>
    context.target.request(documentPaths.openApi),
  );
  expectStatus(answer, 200, `GET ${documentPaths.openApi}`);
  try {
    return compareDeploymentDocument(answer.json);
  } catch (error) {
    throw new Drift(`GET ${documentPaths.openApi}: an OpenAPI document`, (error as Error).message);
  }
}

const knownNote = (drift: DocumentDrift) =>
  drift.known.length === 0
    ? ''
    : `; ${drift.known.length} known difference(s), intended by the contract`;

// In the comparator's lines "reference" is the deployment's document.
const driftOf = (lines: string[], what: string) =>
  new Drift(
    `${what} as the contract has them`,
    `${lines.length} difference(s) ("reference" is the deployment): ${lines.join(' | ')}`,
  );

/** The service is up, and says so in the contract's shape. */
export const documentChecks: Check[] = [
  {
    id: 'health',
    title: `${operationOf(health)} answers ${successStatus(health)} with the HealthResponse`,
    needs: [],
    run: async ({ target }) => {
      const status = successStatus(health);
      const answer = await target.request(health.path);
      expectStatus(answer, status, `GET ${health.path}`);
      const body = expectValid(health.responses[200], answer.json, 'a HealthResponse');
      return `${status}, status "${body.status}"`;
    },
  },
  {
    id: 'openapi.operations',
    title: `GET ${documentPaths.openApi}: the operations are the contract's`,
    needs: [],
    run: async (context) => {
      const drift = await documentDrift(context);
      if (drift.operations.length > 0) throw driftOf(drift.operations, 'operations');
      return `${Object.keys(dispatchContract).length} operations as in the contract${knownNote(drift)}`;
    },
  },
  {
    id: 'openapi.components',
    title: `GET ${documentPaths.openApi}: the component schemas are the contract's`,
    needs: [],
    run: async (context) => {
      const drift = await documentDrift(context);
      if (drift.components.length > 0) throw driftOf(drift.components, 'component schemas');
      return 'every component schema as in the contract';
    },
  },
];
