import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi/buildOpenApiDocument';
import { referenceDocument } from '../testing/referenceDocument';
import { compareDeploymentDocument } from './compareDeploymentDocument';
import { operationSchemaDifferences } from './intendedDifferences';

describe('compareDeploymentDocument', () => {
  it('finds no drift in the service’s published document, only the intended differences', () => {
    const drift = compareDeploymentDocument(referenceDocument);
    expect(drift.operations).toEqual([]);
    expect(drift.components).toEqual([]);
    expect([...drift.known].sort()).toEqual(
      operationSchemaDifferences.map(({ line }) => line).sort(),
    );
  });

  it('finds none in the document we publish', () => {
    expect(compareDeploymentDocument(buildOpenApiDocument())).toEqual({
      operations: [],
      components: [],
      known: [],
    });
  });

  it('names an operation and a component the contract lacks', () => {
    const document = structuredClone(referenceDocument);
    document.paths['/unit_jobs/{job_id}/cancel'] = { post: { responses: {} } };
    document.components.schemas.CancelRequest = { type: 'object' };
    const drift = compareDeploymentDocument(document);
    expect(drift.operations).toEqual(['POST /unit_jobs/{job_id}/cancel: missing in contract']);
    expect(drift.components).toEqual(['CancelRequest: missing in our document']);
  });

  it('refuses what is no OpenAPI document', () => {
    expect(() => compareDeploymentDocument({ detail: 'Not Found' })).toThrow(/"paths"/);
  });
});
