import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ErrorResponseSchema } from '@apex-dispatch/contract';
import { buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { as, jobRequest, useTestServer } from '../testing/testServer';

describe('routing, correlation ids and CORS', () => {
  const server = useTestServer();

  it('answers an unknown path with 404 in the envelope', async () => {
    const response = await server.get('/nowhere');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json())).toMatchObject({
      status: 'error',
      error_code: 'NOT_FOUND',
      request_id: response.headers.get('x-correlation-id'),
    });
  });

  it('answers an unknown path with 404 even when its body is malformed', async () => {
    const response = await server.call('/nowhere', {
      method: 'POST',
      headers: { ...as('alice'), 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(response.status).toBe(404);
  });

  it('answers a known path asked with the wrong method with 405 and Allow', async () => {
    const response = await server.call('/unit_jobs', { method: 'GET', headers: as('alice') });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe('METHOD_NOT_ALLOWED');
    const put = await server.call('/unit_jobs/1', { method: 'PUT', headers: as('alice') });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, DELETE');
  });

  it('echoes the client’s correlation id, in the header and in error bodies', async () => {
    const response = await server.get('/unit_jobs/999', 'alice', {
      'X-Correlation-ID': 'trace-123',
    });
    expect(response.headers.get('x-correlation-id')).toBe('trace-123');
    expect(ErrorResponseSchema.parse(await response.json()).request_id).toBe('trace-123');
  });

  it('makes up a UUID correlation id when the client sends none', async () => {
    const first = await server.call('/health');
    const second = await server.call('/health');
    const id = first.headers.get('x-correlation-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-correlation-id')).not.toBe(id);
  });

  it('allows any origin and exposes X-Correlation-ID', async () => {
    const response = await server.get('/jobs_status', 'alice', { Origin: 'https://app.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Correlation-ID');
  });

  it('answers a preflight carrying Authorization without asking for a token', async () => {
    const response = await server.call('/unit_jobs', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://app.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
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

describe('a narrowed CORS origin', () => {
  const server = useTestServer({ corsOrigin: ['https://allowed.example'] });

  it('allows only the listed origin', async () => {
    const allowed = await server.call('/health', {
      headers: { Origin: 'https://allowed.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const other = await server.call('/health', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
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
      method: 'POST',
      path: '/unit_jobs',
      status: 201,
      correlationId: 'log-1',
    });
    expect(requests[1]).toMatchObject({
      method: 'GET',
      path: '/unit_jobs/abc',
      status: 422,
      correlationId: 'log-2',
    });
    expect(typeof requests[0]?.durationMs).toBe('number');
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
