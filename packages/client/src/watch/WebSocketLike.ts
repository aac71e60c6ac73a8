/** The events the client listens to, with the fields it reads. */
type WebSocketEvents = {
  open: unknown;
  message: { data: unknown };
  error: unknown;
  close: { code: number; reason: string };
};

/** What the client needs of a WebSocket: the browser's and Node 22's global, or `ws`'s. */
export interface WebSocketLike {
  readonly readyState: number;
  close(code?: number, reason?: string): void;
  addEventListener<K extends keyof WebSocketEvents>(
    type: K,
    listener: (event: WebSocketEvents[K]) => void,
  ): void;
}

/** A WebSocket class: `globalThis.WebSocket`, or `WebSocket` from the `ws` package in Node 20. */
export type WebSocketConstructorLike = new (url: string) => WebSocketLike;
