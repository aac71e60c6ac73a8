import { describe, expectTypeOf, it } from 'vitest';
import WebSocket from 'ws';
import { createDispatchClient } from '../index';
import type { WebSocketConstructorLike } from './WebSocketLike';

describe('the WebSocket option', () => {
  it("takes the browser's WebSocket and the ws package's", () => {
    expectTypeOf(globalThis.WebSocket).toExtend<WebSocketConstructorLike>();
    expectTypeOf(WebSocket).toExtend<WebSocketConstructorLike>();
    createDispatchClient({ baseUrl: 'http://127.0.0.1:8000', WebSocket });
  });

  it('refuses something that is not a WebSocket class', () => {
    // @ts-expect-error a plain function constructs nothing
    createDispatchClient({ baseUrl: 'http://127.0.0.1:8000', WebSocket: () => undefined });
  });
});
