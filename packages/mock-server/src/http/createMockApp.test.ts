import { ProcessingJobSummarySchema } from '@apex-dispatch/contract';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { jobRequest } from '../testing/testServer';
import { createMockApp } from './createMockApp';

describe('createMockApp', () => {
  it('serves the API to supertest without listening, each app with its own jobs', async () => {
    const first = createMockApp({ jobDurationMs: 0 });
    const second = createMockApp();
    for (const app of [first, first, second]) {
      await request(app).post('/unit_jobs').set('Authorization', 'Bearer alice').send(jobRequest());
    }
    const response = await request(second)
      .post('/unit_jobs')
      .set('Authorization', 'Bearer alice')
      .send(jobRequest());
    expect(response.status).toBe(201);
    expect(ProcessingJobSummarySchema.parse(response.body).id).toBe(2);
    const job = await request(first).get('/unit_jobs/2').set('Authorization', 'Bearer alice');
    expect(job.body.status).toBe('finished');
  });
});
