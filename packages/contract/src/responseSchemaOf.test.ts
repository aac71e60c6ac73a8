import { describe, expect, it } from 'vitest';
import { dispatchContract } from './dispatchContract';
import { ErrorResponseSchema } from './models/ErrorResponse';
import { SyncJobResultSchema } from './models/SyncJobResult';
import { responseSchemaOf } from './responseSchemaOf';
import { metadataOf } from './routeMetadata';

describe('the routes answers', () => {
  it('give every secured route the refusals, and no public route a 401', () => {
    for (const route of Object.values(dispatchContract)) {
      const statuses = Object.keys(route.responses);
      if (metadataOf(route).secured)
        expect(statuses).toEqual(expect.arrayContaining(['401', '422', '500']));
      else expect(statuses).not.toContain('401');
    }
  });

  it('keep a route own 500 over the common one, and see through a raw result', () => {
    expect(responseSchemaOf(dispatchContract.getJob, 500)).toBe(ErrorResponseSchema);
    expect(responseSchemaOf(dispatchContract.getJobParams, 500)).not.toBe(ErrorResponseSchema);
    expect(responseSchemaOf(dispatchContract.createSyncJob, 200)).toBe(SyncJobResultSchema);
    expect(responseSchemaOf(dispatchContract.getJob, 418)).toBeUndefined();
  });
});
