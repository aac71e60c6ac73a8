import { afterEach, describe, expect, it } from 'vitest';
import type { ConformanceReport } from './report/ConformanceReport';
import { runConformance } from './runConformance';
import { type Alteration, alterJson, startDriftDouble } from './testing/driftDouble';
import { useMockServer } from './testing/useMockServer';

const mock = useMockServer();
const doubles: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(doubles.splice(0).map((double) => double.close()));
});

/** The report of a run against a double of the mock that drifts as `alteration` says. */
async function reportOf(alteration: Alteration): Promise<ConformanceReport> {
  const double = await startDriftDouble(mock.url, alteration);
  doubles.push(double);
  return runConformance({ baseUrl: double.url, token: 'alice' });
}

const failed = (report: ConformanceReport) =>
  report.checks.filter((check) => check.status === 'failed');

describe('a deployment that drifts in one way', () => {
  it('renames a field of the error envelope: each envelope check names the field', async () => {
    const report = await reportOf({
      answer: (_method, _path, answer) =>
        alterJson(answer, (body) => {
          if (!('error_code' in body)) return body;
          const { request_id, ...rest } = body;
          return { ...rest, requestId: request_id };
        }),
    });
    expect(failed(report).map((check) => check.id)).toEqual([
      'tiles.unclosed-ring',
      'errors.unknown-job',
      'errors.unknown-task',
      'errors.invalid-job',
    ]);
    expect(report.checks.find((check) => check.id === 'errors.unknown-job')?.detail).toBe(
      'expected GET /unit_jobs/2147483647: the ErrorResponse fields status, error_code, message, details, request_id; sent no request_id; fields the envelope lacks: requestId',
    );
  });

  it('answers a wrong status: the check names both statuses', async () => {
    const report = await reportOf({
      answer: (method, path, answer) =>
        method === 'POST' && path === '/tiles' && answer.status === 201
          ? { ...answer, status: 200 }
          : answer,
    });
    expect(failed(report)).toEqual([
      expect.objectContaining({
        id: 'tiles.vienna',
        detail: expect.stringMatching(
          /^expected POST \/tiles: status 201; sent 200 \{"type":"GeometryCollection"/,
        ),
      }),
    ]);
  });

  it('documents an operation the contract lacks: the check names the operation', async () => {
    const report = await reportOf({
      answer: (_method, path, answer) =>
        path === '/openapi.json'
          ? alterJson(answer, (document) => ({
              ...document,
              paths: {
                ...(document.paths as object),
                '/unit_jobs/{job_id}/cancel': { post: { operationId: 'cancel', responses: {} } },
              },
            }))
          : answer,
    });
    expect(failed(report)).toEqual([
      expect.objectContaining({
        id: 'openapi.operations',
        detail:
          'expected operations as the contract has them; sent 1 difference(s) ("reference" is the deployment): POST /unit_jobs/{job_id}/cancel: missing in contract',
      }),
    ]);
  });

  it('sends a stream message out of order: the check names the order', async () => {
    const report = await reportOf({
      // `loading` held back until the next message has gone.
      stream: () => {
        let held: string | undefined;
        return (message) => {
          if (JSON.parse(message).type === 'loading') {
            held = message;
            return [];
          }
          const out = held === undefined ? [message] : [message, held];
          held = undefined;
          return out;
        };
      },
    });
    const stream = report.checks.find((check) => check.id === 'ws.jobs-status');
    expect(stream).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining(
        'expected /ws/jobs_status: message 2 of type "loading" (order init, loading, status); sent type "status" (order init, status, loading)',
      ),
    });
    expect(failed(report).map((check) => check.id)).toEqual(['ws.jobs-status', 'ws.unknown-task']);
  });

  it('passes everything through unchanged: nothing fails', async () => {
    const report = await reportOf({});
    expect(failed(report)).toEqual([]);
  });
});
