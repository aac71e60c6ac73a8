import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isConformanceRunError } from './errors/ConformanceRunError';
import { ConformanceReportSchema } from './report/ConformanceReport';
import { runConformance } from './runConformance';
import { unusedUrl, useMockServer } from './testing/useMockServer';

const statuses = (report: Awaited<ReturnType<typeof runConformance>>) =>
  Object.fromEntries(report.checks.map((check) => [check.id, check.status]));

describe('runConformance against the mock server', () => {
  const mock = useMockServer();

  it('passes every read-only check and skips the write checks, saying why', async () => {
    const report = ConformanceReportSchema.parse(
      await runConformance({ baseUrl: mock.url, token: 'alice' }),
    );
    expect(report.target).toBe(mock.url);
    expect(report.checks.filter((check) => check.status === 'failed')).toEqual([]);
    expect(report.summary).toEqual({ passed: 18, failed: 0, skipped: 5 });
    const skipped = report.checks.filter((check) => check.status === 'skipped');
    expect(skipped.map((check) => check.id)).toEqual([
      'write.create',
      'write.read',
      'write.jobs-status',
      'write.stream',
      'write.delete',
    ]);
    for (const check of skipped) expect(check.detail).toBe('creates a real job: run with --write');
  });

  it('with write, creates a job, finds it everywhere, deletes it, and leaves nothing behind', async () => {
    const report = await runConformance({
      baseUrl: mock.url,
      token: 'bob',
      write: true,
      requestFile: mock.requestFile,
    });
    expect(report.checks.filter((check) => check.status !== 'passed')).toEqual([]);
    expect(report.summary).toEqual({ passed: 23, failed: 0, skipped: 0 });
    expect(report.checks.find((check) => check.id === 'write.delete')?.detail).toMatch(
      /^job 1 deleted/,
    );
    const left = await fetch(`${mock.url}/jobs_status`, {
      headers: { Authorization: 'Bearer bob' },
    });
    expect((await left.json()).processing_jobs).toEqual([]);
  });

  it('without a token, runs the public checks and skips the others, saying why', async () => {
    const seen: string[] = [];
    const asked: string[] = [];
    const report = await runConformance({
      baseUrl: `${mock.url}/`,
      token: '',
      // The caller's fetch makes every request, and each check is told as it ends.
      fetch: (input, init) => {
        asked.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      },
      onCheck: (check) => seen.push(check.id),
    });
    expect(seen).toEqual(report.checks.map((check) => check.id));
    expect(asked).toContain('POST /tiles');
    expect(report.target).toBe(mock.url);
    const byId = statuses(report);
    for (const id of ['health', 'openapi.operations', 'auth.not-authenticated', 'tiles.vienna']) {
      expect(byId[id]).toBe('passed');
    }
    expect(byId['ws.no-token']).toBe('passed');
    const unknownJob = report.checks.find((check) => check.id === 'errors.unknown-job');
    expect(unknownJob).toMatchObject({
      status: 'skipped',
      detail: 'needs a token: pass --token or set APEX_DISPATCH_TOKEN',
    });
    expect(report.summary).toEqual({ passed: 10, failed: 0, skipped: 13 });
  });
});

describe('a run that cannot happen', () => {
  const mock = useMockServer();

  it('rejects naming the URL when nothing answers there', async () => {
    const url = await unusedUrl();
    const error = await runConformance({ baseUrl: url, token: 'alice' }).catch((e) => e);
    expect(isConformanceRunError(error)).toBe(true);
    expect(error.code).toBe('UNREACHABLE');
    expect(error.message).toMatch(new RegExp(`^nothing answers at ${url}: .*ECONNREFUSED`));
  });

  it('rejects a base URL that is no http(s) URL', async () => {
    await expect(runConformance({ baseUrl: 'ftp://example.org' })).rejects.toMatchObject({
      code: 'BAD_OPTIONS',
      message: 'the base URL "ftp://example.org" is no http(s) URL',
    });
  });

  it('rejects --write without a request file, and a request file that is no job request', async () => {
    await expect(runConformance({ baseUrl: mock.url, write: true })).rejects.toMatchObject({
      code: 'BAD_OPTIONS',
      message: '--write needs --request-file <file>, the job to create',
    });
    const file = `${mock.requestFile}.bad.json`;
    writeFileSync(file, JSON.stringify({ title: 'no service', label: 'openeo' }));
    await expect(
      runConformance({ baseUrl: mock.url, write: true, requestFile: file }),
    ).rejects.toMatchObject({
      code: 'BAD_OPTIONS',
      message: expect.stringMatching(
        /request file .*bad\.json is no job request \(service: Required/,
      ),
    });
  });
});
