import { http } from 'msw';
import type { MockCore } from '../domain/createMockCore';
import { fetchOverCore } from '../fetch/fetchOverCore';
import type { DispatchHandlers } from './DispatchHandlers';
import { originPattern } from './originPattern';
import { streamLink } from './streamLink';

/** MSW handlers answering at `origin` from `core`: its HTTP API and its status streams. */
export function handlersOverCore(core: MockCore, origin: string): DispatchHandlers {
  const answer = fetchOverCore(core);
  const handlers = [
    http.all(originPattern(origin), ({ request }) => answer(request)),
    streamLink(core, origin),
  ];
  return Object.assign(handlers, {
    control: core.control,
    baseUrl: origin,
    streamStats: core.streamStats,
    close: core.close,
  });
}
