import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import NodeWebSocket from 'ws';
import { createDispatchHandlers } from './createDispatchHandlers';

// MSW wraps the global WebSocket, which Node 20 lacks without --experimental-websocket.
if (!('WebSocket' in globalThis)) {
  Object.defineProperty(globalThis, 'WebSocket', {
    value: NodeWebSocket,
    configurable: true,
    writable: true,
  });
}

const handlers = createDispatchHandlers({ jobDurationMs: 1000, wsIntervalScale: 0.01 });
const server = setupServer(...handlers);
const API = 'http://127.0.0.1:8000';
const auth = { Authorization: 'Bearer alice' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  handlers.close();
  server.close();
});

describe('createDispatchHandlers', () => {
  it('answers at http://127.0.0.1:8000 by default, with nothing listening there', async () => {
    expect(handlers.baseUrl).toBe(API);
    const created = await fetch(`${API}/unit_jobs`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(ogcApiProcessJobRequestExample),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(handlers.control.requests().at(-1)).toMatchObject({
      method: 'POST',
      path: '/unit_jobs',
      operation: 'createUnitJob',
      user: 'alice',
      status: 201,
    });
    handlers.control.clock.advance(1000);
    const job = await fetch(`${API}/unit_jobs/${id}`, { headers: auth });
    expect(await job.json()).toMatchObject({ id, status: 'finished' });
  });

  it('lets the test script the next answer, without the app sending Prefer', async () => {
    handlers.control.answerNext('getJobsStatus', { status: 500 });
    const failed = await fetch(`${API}/jobs_status`, { headers: auth });
    expect(failed.status).toBe(500);
    expect((await fetch(`${API}/jobs_status`, { headers: auth })).status).toBe(200);
  });

  it('carries a status stream over the global WebSocket', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:8000/ws/jobs_status?token=alice&interval=1`);
    const messages: Array<{ type: string }> = [];
    await new Promise<void>((resolve) => {
      socket.addEventListener('message', (event) => {
        messages.push(JSON.parse(String(event.data)));
        if (messages.length === 3) resolve();
      });
    });
    expect(handlers.streamStats().streams).toBe(1);
    socket.close();
    expect(messages.map(({ type }) => type)).toEqual(['init', 'loading', 'status']);
  });

  it('refuses a handshake as a browser reports it: no open, close 1006', async () => {
    const socket = new WebSocket('ws://127.0.0.1:8000/ws/jobs_status?interval=1');
    let opened = false;
    socket.addEventListener('open', () => {
      opened = true;
    });
    const { code, reason } = await new Promise<CloseEvent>((resolve) =>
      socket.addEventListener('close', resolve),
    );
    expect({ opened, code, reason }).toEqual({ opened: false, code: 1006, reason: '' });
  });

  it('refuses a socket offering a subprotocol, as a browser fails the service’s handshake', async () => {
    const socket = new WebSocket('ws://127.0.0.1:8000/ws/jobs_status?token=alice&interval=1', [
      'dispatch.v1',
    ]);
    let opened = false;
    socket.addEventListener('open', () => {
      opened = true;
    });
    const { code } = await new Promise<CloseEvent>((resolve) =>
      socket.addEventListener('close', resolve),
    );
    expect({ opened, code, protocol: socket.protocol }).toEqual({
      opened: false,
      code: 1006,
      protocol: '',
    });
    expect(handlers.streamStats().streams).toBe(0);
  });

  it('refuses a baseUrl with a path, naming the origin to give', () => {
    expect(() => createDispatchHandlers({ baseUrl: 'https://api.example.test/v1' })).toThrow(
      'give https://api.example.test',
    );
    expect(() => createDispatchHandlers({ baseUrl: 'not a url' })).toThrow(
      'Invalid baseUrl "not a url"',
    );
  });
});
