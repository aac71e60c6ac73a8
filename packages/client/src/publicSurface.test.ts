import * as contract from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import * as client from './index';

// The values the package promises, listed exactly: adding or removing one is a decision, made
// here. Types are checked by the `*.test-d.ts` files and the README's examples.
const RUNTIME_EXPORTS = [
  // The client and its errors.
  'createDispatchClient',
  'DispatchAbortError',
  'DispatchApiError',
  'DispatchError',
  'DispatchNetworkError',
  'DispatchResponseValidationError',
  'DispatchStreamError',
  'DispatchTimeoutError',
  'DispatchValidationError',
  'isDispatchAbortError',
  'isDispatchApiError',
  'isDispatchError',
  'isDispatchNetworkError',
  'isDispatchResponseValidationError',
  'isDispatchStreamError',
  'isDispatchTimeoutError',
  'isDispatchValidationError',
  // From the contract: the enums of requests and answers.
  'GridTypeEnum',
  'JobsFilter',
  'OutputFormatEnum',
  'ParamTypeEnum',
  'ProcessingStatusEnum',
  'ProcessTypeEnum',
  // The schemas of requests, to check a form before sending it.
  'BaseJobRequestSchema',
  'ParamRequestSchema',
  'TileRequestSchema',
  'UpscalingTaskRequestSchema',
  // The schemas of answers.
  'CollectionSchema',
  'ErrorResponseSchema',
  'HealthResponseSchema',
  'JobsStatusResponseSchema',
  'ParameterSchema',
  'ProcessingJobSchema',
  'ProcessingJobSummarySchema',
  'TileCollectionSchema',
  'UpscalingTaskSchema',
  'UpscalingTaskSummarySchema',
  // The service's error codes, with their status and message.
  'knownErrors',
];

describe('the public surface', () => {
  it('is exactly the listed values', () => {
    expect(Object.keys(client).sort()).toEqual([...RUNTIME_EXPORTS].sort());
  });

  it("re-exports the contract's own objects, not copies", () => {
    const fromContract = new Map(Object.entries(contract));
    const shared = Object.entries(client).filter(([name]) => fromContract.has(name));
    expect(shared.length).toBe(21);
    for (const [name, value] of shared) expect(value, name).toBe(fromContract.get(name));
  });

  it('leaves out the contract itself, its docs examples and the fixtures', () => {
    for (const name of [
      'dispatchContract',
      'metadataOf',
      'openEoJobRequestExample',
      'jobRequestExamples',
      'VARIABILITY_MAP_UDP',
    ]) {
      expect(name in client, name).toBe(false);
      expect(name in contract, name).toBe(true);
    }
  });
});
