import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** A connection as the server saw it, with a promise of its close. */
export type WsConnection = {
  socket: WebSocket;
  /** Path and query, as sent. */
  url: string;
  closed: Promise<{ code: number }>;
};

export type WsTestServer = {
  /** `http://127.0.0.1:<port>`: what a client takes as its `baseUrl`. */
  url: string;
  connections: WsConnection[];
  close: () => Promise<void>;
};

/** A `ws` server on 127.0.0.1 and a free port that records every connection. */
export async function startWsServer(
  onConnection: (connection: WsConnection, index: number) => void,
): Promise<WsTestServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const connections: WsConnection[] = [];
  server.on('connection', (socket, request) => {
    const closed = new Promise<{ code: number }>((resolve) =>
      socket.once('close', (code) => resolve({ code })),
    );
    const connection = { socket, url: request.url ?? '', closed };
    connections.push(connection);
    onConnection(connection, connections.length - 1);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of server.clients) client.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
