import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createDispatchClient,
  isDispatchError,
  isDispatchStreamError,
  type JobsStatusResponse,
  type WSStatusMessage,
} from '../index';
import { startWsServer, type WsConnection, type WsTestServer } from '../testing/startWsServer';

const EMPTY: JobsStatusResponse = { upscaling_tasks: [], processing_jobs: [] };

const send = ({ socket }: WsConnection, message: WSStatusMessage) =>
  socket.send(JSON.stringify(message));
const sendInit = (connection: WsConnection) =>
  send(connection, { type: 'init', data: null, message: 'Starting status stream' });
const sendStatus = (connection: WsConnection) =>
  send(connection, { type: 'status', data: EMPTY, message: null });

let server: WsTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function clientOf(url: string) {
  let calls = 0;
  return createDispatchClient({ baseUrl: url, token: () => `token-${++calls}`, WebSocket });
}

describe('a stream whose connection drops', () => {
  it('connects again when asked to, with a fresh token, and goes on', async () => {
    server = await startWsServer((connection, index) => {
      sendInit(connection);
      sendStatus(connection);
      // The first connection is cut without a close frame, as a network failure would.
      if (index === 0) connection.socket.terminate();
    });
    const client = clientOf(server.url);
    const received: JobsStatusResponse[] = [];

    for await (const status of client.watchJobsStatus({ reconnect: { baseDelayMs: 1 } })) {
      received.push(status);
      if (received.length === 2) break;
    }

    expect(received).toEqual([EMPTY, EMPTY]);
    expect(server.connections.map(({ url }) => new URL(url, server?.url).search)).toEqual([
      '?token=token-1',
      '?token=token-2',
    ]);
    await expect(server.connections[1]?.closed).resolves.toEqual({ code: 1000 });
  });

  it('throws DispatchStreamError with code 1006 when not asked to reconnect', async () => {
    server = await startWsServer((connection) => {
      sendStatus(connection);
      connection.socket.terminate();
    });
    const received: JobsStatusResponse[] = [];

    const error = await (async () => {
      for await (const status of clientOf(server.url).watchJobsStatus()) received.push(status);
    })().catch((e: unknown) => e);

    expect(received).toEqual([EMPTY]);
    expect(isDispatchStreamError(error)).toBe(true);
    expect(error).toMatchObject({ code: 1006, opened: true, path: '/ws/jobs_status' });
    expect(server.connections).toHaveLength(1);
  });

  it('gives up after `retries` connections in a row bring no status', async () => {
    server = await startWsServer((connection, index) => {
      if (index === 0) sendStatus(connection);
      connection.socket.terminate();
    });

    const error = await (async () => {
      const statuses = clientOf(server.url).watchJobsStatus({
        reconnect: { retries: 2, baseDelayMs: 1 },
      });
      for await (const _ of statuses);
    })().catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'DispatchStreamError', code: 1006 });
    expect(server.connections).toHaveLength(3);
  });

  it('does not reconnect after a TASK_NOT_FOUND close', async () => {
    server = await startWsServer((connection) => {
      connection.socket.send(
        JSON.stringify({ type: 'error', data: null, message: 'No task', task_id: 5 }),
      );
      connection.socket.close(1011, 'TASK_NOT_FOUND');
    });

    const error = await (async () => {
      const statuses = clientOf(server.url).watchUpscaleTask(5, { reconnect: true });
      for await (const _ of statuses);
    })().catch((e: unknown) => e);

    expect(error).toMatchObject({
      name: 'DispatchStreamError',
      code: 1011,
      reason: 'TASK_NOT_FOUND',
      serverMessage: 'No task',
      path: '/ws/upscale_tasks/5',
    });
    expect(server.connections).toHaveLength(1);
  });

  it('reconnects with a fresh token when an expired one ends a stream that had delivered', async () => {
    const expire = (connection: WsConnection) => {
      send(connection, {
        type: 'error',
        data: null,
        message: 'Could not validate credentials. Please retry signing in.',
      });
      connection.socket.close(1011, 'AUTHENTICATION_FAILED');
    };
    server = await startWsServer((connection, index) => {
      sendInit(connection);
      sendStatus(connection);
      if (index === 0) expire(connection);
    });
    const received: JobsStatusResponse[] = [];

    for await (const status of clientOf(server.url).watchJobsStatus({
      reconnect: { baseDelayMs: 1 },
    })) {
      received.push(status);
      if (received.length === 2) break;
    }

    expect(received).toEqual([EMPTY, EMPTY]);
    expect(server.connections.map(({ url }) => new URL(url, server?.url).search)).toEqual([
      '?token=token-1',
      '?token=token-2',
    ]);
  });

  it.each([
    ['at the first poll, even with a token function', true],
    ['after statuses, when the token is a fixed string', false],
  ])('does not reconnect after AUTHENTICATION_FAILED %s', async (_, atFirstPoll) => {
    server = await startWsServer((connection) => {
      sendInit(connection);
      if (!atFirstPoll) sendStatus(connection);
      connection.socket.close(1011, 'AUTHENTICATION_FAILED');
    });
    const client = atFirstPoll
      ? clientOf(server.url)
      : createDispatchClient({ baseUrl: server.url, token: 'fixed', WebSocket });

    const error = await (async () => {
      for await (const _ of client.watchJobsStatus({ reconnect: { baseDelayMs: 1 } }));
    })().catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 1011, reason: 'AUTHENTICATION_FAILED' });
    expect(server.connections).toHaveLength(1);
  });

  it('drops a "Bearer " the token was given with, as the header does', async () => {
    server = await startWsServer((connection) => connection.socket.close(1000));
    const client = createDispatchClient({ baseUrl: server.url, token: 'Bearer abc', WebSocket });

    for await (const _ of client.watchJobsStatus());

    expect(new URL(server.connections[0]?.url ?? '', server.url).search).toBe('?token=abc');
  });

  it('throws DispatchStreamError for a message that breaks the contract, and closes', async () => {
    server = await startWsServer((connection) => {
      connection.socket.send(JSON.stringify({ type: 'status', data: { jobs: 'many' } }));
    });

    const error = await (async () => {
      for await (const _ of clientOf(server.url).watchJobsStatus());
    })().catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'DispatchStreamError', code: 1007 });
    await expect(server.connections[0]?.closed).resolves.toEqual({ code: 1000 });
  });
});

describe('a runtime without WebSocket', () => {
  it('says what to pass, when Node has no global WebSocket', () => {
    const original = globalThis.WebSocket;
    Reflect.deleteProperty(globalThis, 'WebSocket');
    try {
      const client = createDispatchClient({ baseUrl: 'http://127.0.0.1:1' });
      const error = (() => {
        try {
          client.watchJobsStatus();
        } catch (e) {
          return e;
        }
      })();
      expect(isDispatchError(error)).toBe(true);
      expect(String(error)).toMatch(/import WebSocket from 'ws'/);
      expect(String(error)).toContain('node --experimental-websocket');
    } finally {
      if (original !== undefined) globalThis.WebSocket = original;
    }
  });
});
