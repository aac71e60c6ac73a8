import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../testing/testServer';

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'authorization, content-type',
  },
});

describe('CORS as the service configures Starlette (any origin)', () => {
  const server = useTestServer();

  it('allows any origin with credentials, echoing it as Starlette 1.x does, and exposes no header', async () => {
    const response = await server.get('/jobs_status', 'alice', { Origin: 'https://app.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toContain('Origin');
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('echoes the origin of a request that sends cookies too', async () => {
    const response = await server.get('/jobs_status', 'alice', {
      Origin: 'https://app.example',
      Cookie: 'session=1',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('answers a preflight with Starlette’s OK, echoing origin and headers, without a token', async () => {
    const response = await server.call('/unit_jobs', preflight('https://app.example'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('OK');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe(
      'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, QUERY',
    );
    expect(response.headers.get('vary')).toBe(
      'Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Access-Control-Request-Private-Network',
    );
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type',
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('x-correlation-id')).not.toBeNull();
  });

  it('sends no CORS headers to a request without Origin, and OPTIONS alone is a 405', async () => {
    const response = await server.call('/unit_jobs', { method: 'OPTIONS' });
    expect(response.status).toBe(405);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('a narrowed CORS origin', () => {
  const server = useTestServer({ corsOrigin: ['https://allowed.example'] });

  it('echoes only a listed origin', async () => {
    const allowed = await server.call('/health', {
      headers: { Origin: 'https://allowed.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const other = await server.call('/health', { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses the preflight of another origin with 400', async () => {
    const response = await server.call('/unit_jobs', preflight('https://evil.example'));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Disallowed CORS origin');
  });
});

describe('exposeCorrelationId (the mock’s own)', () => {
  const server = useTestServer({ exposeCorrelationId: true });

  it('lets pages read X-Correlation-ID', async () => {
    const response = await server.call('/health', { headers: { Origin: 'https://app.example' } });
    expect(response.headers.get('access-control-expose-headers')).toBe('X-Correlation-ID');
  });
});
