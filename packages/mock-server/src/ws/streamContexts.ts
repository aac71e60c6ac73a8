import type { StreamContext } from './openStatusStream';

// Keyed by the express app, so that the HTTP server hosting an app streams from its store.
const contexts = new WeakMap<object, StreamContext>();

/** Records the store and clock behind `app` (createMockApp does, for startMockServer). */
export function registerStreamContext(app: object, context: StreamContext): void {
  contexts.set(app, context);
}

/** The store and clock behind an app made by createMockApp. */
export function streamContextOf(app: object): StreamContext {
  const context = contexts.get(app);
  if (!context) throw new Error('Not an app made by createMockApp');
  return context;
}
