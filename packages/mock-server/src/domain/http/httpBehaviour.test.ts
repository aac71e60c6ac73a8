import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ErrorResponseSchema } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { jobRequest, useTestServer } from '../../testing/testServer';

describe('correlation ids and the served documents', () => {
  const server = useTestServer();

  it('echoes the client’s correlation id, in the header and in error bodies', async () => {
    const response = await server.get('/unit_jobs/999', 'alice', {
      'X-Correlation-ID': 'trace-123',
    });
    expect(response.headers.get('x-correlation-id')).toBe('trace-123');
    expect(ErrorResponseSchema.parse(await response.json()).request_id).toBe('trace-123');
  });

  it('replaces a correlation id it could not send back as a header (the mock’s own)', async () => {
    const response = await server.call('/health', {
      headers: { 'X-Correlation-ID': 'x'.repeat(201) },
    });
    expect(response.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes up a UUID correlation id when the client sends none', async () => {
    const first = await server.call('/health');
    const second = await server.call('/health');
    const id = first.headers.get('x-correlation-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-correlation-id')).not.toBe(id);
  });

  it('serves the contract’s OpenAPI document', async () => {
    const response = await server.call('/openapi.json');
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('answers /health like the real service', async () => {
    const response = await server.call('/health');
    expect(await response.json()).toEqual({ status: 'ok', database: { status: 'ok' } });
  });

  it('says how to build the docs when they are not built', async () => {
    const response = await server.call('/docs');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('pnpm --filter @apex-dispatch/docs build');
  });
});

describe('the docs site', () => {
  const docsDir = mkdtempSync(join(tmpdir(), 'mock-docs-'));
  writeFileSync(join(docsDir, 'index.html'), '<!doctype html><title>Dispatch docs</title>');
  writeFileSync(join(docsDir, 'app.js'), 'console.log(1)');
  const server = useTestServer({ docsDir });

  it('is served from docsDir at /docs', async () => {
    expect(await (await server.call('/docs/')).text()).toContain('Dispatch docs');
    const script = await server.call('/docs/app.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await server.call('/docs/missing.js')).status).toBe(404);
  });
});

describe('the request log', () => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const server = useTestServer({ logger: pino({ level: 'info' }, sink) });

  it('writes one line per request with method, path, status, duration and correlation id', async () => {
    await server.post('/unit_jobs', jobRequest(), 'alice', { 'X-Correlation-ID': 'log-1' });
    await server.get('/unit_jobs/abc', 'alice', { 'X-Correlation-ID': 'log-2' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      level: 30,
      method: 'POST',
      path: '/unit_jobs',
      status: 201,
      correlationId: 'log-1',
    });
    // A refused request is a warning (pino's 40), so that --log-level warn shows it.
    expect(requests[1]).toMatchObject({
      level: 40,
      method: 'GET',
      path: '/unit_jobs/abc',
      status: 422,
      correlationId: 'log-2',
    });
    expect(typeof requests[0]?.durationMs).toBe('number');
  });

  it('logs the whole path of a docs page, not the part below /docs', async () => {
    lines.length = 0;
    await server.call('/docs/missing.js', { headers: { 'X-Correlation-ID': 'log-3' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const logged = lines.find((line) => line.correlationId === 'log-3');
    expect(logged).toMatchObject({ method: 'GET', path: '/docs/missing.js' });
  });
});

describe('latency', () => {
  const server = useTestServer({ latencyMs: 150 });

  it('delays every answer', async () => {
    const started = performance.now();
    await server.call('/health');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
