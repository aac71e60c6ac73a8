import { dispatchContract } from '../dispatchContract';
import { buildOpenApiDocument } from '../openapi/buildOpenApiDocument';
import type { JsonSchema } from './canonicalSchema';
import { compareComponents } from './compareComponents';
import { compareWithReference } from './compareWithReference';
import {
  addedStatuses,
  componentSchemaDifferences,
  operationSchemaDifferences,
  replacedResponseComponents,
} from './intendedDifferences';

/** How a deployment's `/openapi.json` departs from the contract, one line per difference. */
export type DocumentDrift = {
  /** Operations added, removed or changed (statuses, parameters, bodies), not intended. */
  operations: string[];
  /** Component schemas added, removed or changed, not intended. */
  components: string[];
  /** Differences the contract lists as intended (`intendedDifferences.ts`): known, not drift. */
  known: string[];
};

type Document = {
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema> };
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

let published: Document | undefined;

/**
 * Compares an OpenAPI document a deployment serves with the contract, as the contract's own
 * tests compare the service's published document: in the lines, "reference" is the deployment's
 * document. Throws when `document` has no `paths` or `components.schemas` objects.
 */
export function compareDeploymentDocument(document: unknown): DocumentDrift {
  if (!isObject(document) || !isObject(document.paths)) {
    throw new Error('not an OpenAPI document: no "paths" object');
  }
  if (!isObject(document.components) || !isObject(document.components.schemas)) {
    throw new Error('not an OpenAPI document: no "components.schemas" object');
  }
  const deployed = document as Document;
  published ??= buildOpenApiDocument() as unknown as Document;
  const operations = compareWithReference(deployed, dispatchContract, {
    addedStatuses,
    replacedResponseComponents,
  });
  const components = compareComponents(deployed, published);
  const knownOperations = new Set(operationSchemaDifferences.map(({ line }) => line));
  const knownComponents = new Set(componentSchemaDifferences.map(({ line }) => line));
  return {
    operations: operations.filter((line) => !knownOperations.has(line)),
    components: components.filter((line) => !knownComponents.has(line)),
    known: [
      ...operations.filter((line) => knownOperations.has(line)),
      ...components.filter((line) => knownComponents.has(line)),
    ],
  };
}
