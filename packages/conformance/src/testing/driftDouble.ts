import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

/** An answer of the mock, as a double may change it before it goes out. */
export type ProxiedAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** The one way a double departs from the mock behind it. */
export type Alteration = {
  /** Changes an HTTP answer of the mock (`method` and `path` are the request's). */
  answer?: (method: string, path: string, answer: ProxiedAnswer) => ProxiedAnswer;
  /** Changes the order of a stream's messages: answers what to send for each one received. */
  stream?: () => (message: string) => string[];
};

/** A JSON answer's body, changed by `change`; other answers as they are. */
export function alterJson(
  answer: ProxiedAnswer,
  change: (body: Record<string, unknown>) => unknown,
): ProxiedAnswer {
  if (!String(answer.headers['content-type']).includes('json')) return answer;
  const body = change(JSON.parse(answer.body.toString('utf8')));
  return { ...answer, body: Buffer.from(JSON.stringify(body)) };
}

/**
 * A deployment that drifts in one way: a server on 127.0.0.1 port 0 that passes every request
 * and stream on to `upstream` (a mock server) and changes what comes back as `alteration` says.
 */
export async function startDriftDouble(upstream: string, alteration: Alteration) {
  const { hostname, port } = new URL(upstream);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = httpRequest(
        { hostname, port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            const { 'content-length': _, 'transfer-encoding': __, ...headers } = answer.headers;
            const original = {
              status: answer.statusCode ?? 502,
              headers,
              body: Buffer.concat(parts),
            };
            const sent =
              alteration.answer?.(req.method ?? 'GET', req.url ?? '/', original) ?? original;
            res.writeHead(sent.status, { ...sent.headers, 'content-length': sent.body.length });
            res.end(sent.body);
          });
        },
      );
      forward.on('error', () => res.writeHead(502).end());
      forward.end(Buffer.concat(chunks));
    });
  });
  const streams = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const behind = new WebSocket(`ws://${hostname}:${port}${req.url ?? '/'}`);
    sockets.add(behind);
    behind.on('unexpected-response', (_request, answer) => {
      socket.end(
        `HTTP/1.1 ${answer.statusCode} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
    });
    behind.on('error', () => socket.destroy());
    behind.on('open', () => {
      streams.handleUpgrade(req, socket, head, (client) => {
        sockets.add(client);
        const reorder = alteration.stream?.() ?? ((message: string) => [message]);
        behind.on('message', (data) => {
          for (const message of reorder(String(data))) client.send(message);
        });
        behind.on('close', (code, reason) => {
          if (code === 1005 || code === 1006) client.terminate();
          else client.close(code, reason);
        });
        client.on('close', () => behind.close());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      streams.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
