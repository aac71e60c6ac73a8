import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { type MockServer, startMockServer } from '@apex-dispatch/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatchClient } from './index';

let server: MockServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const NAIVE = '2025-05-01T00:00:00';

describe('timestamps', () => {
  it("marks the service's own timestamps as UTC and hands the user's parameters back as sent", async () => {
    server = await startMockServer({ port: 0 });
    const client = createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
    const parameters = {
      ...ogcApiProcessJobRequestExample.parameters,
      created: NAIVE,
      updated: NAIVE,
      nested: { created: NAIVE, list: [{ updated: NAIVE }] },
    };

    const summary = await client.createUnitJob({ ...ogcApiProcessJobRequestExample, parameters });
    const job = await client.getJob(summary.id);

    expect(summary.parameters).toEqual(parameters);
    expect(job.parameters).toEqual(parameters);
    expect(job.created).toMatch(/Z$/);
    expect(new Date(job.updated).getTime()).not.toBeNaN();
  });
});
