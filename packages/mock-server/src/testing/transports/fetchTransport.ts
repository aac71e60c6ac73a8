import { createMockCore } from '../../domain/createMockCore';
import { fetchOverCore } from '../../fetch/fetchOverCore';
import { nodeDocsReader } from '../../http/nodeDocsReader';
import { coreHandshakeStatus, openCoreStream } from '../coreStreamClient';
import type { MockTransport } from './MockTransport';

/**
 * The mock in process, as createMockFetch serves it: no socket. Its streams are read from the
 * core directly (fetch has none); a `docsDir` is read as the Node adapter reads it.
 */
export const fetchTransport: MockTransport = async ({ docsDir, ...options }) => {
  const core = createMockCore({
    ...options,
    ...(docsDir === undefined ? {} : { docsFiles: nodeDocsReader(docsDir) }),
  });
  return {
    url: 'http://mock.test',
    fetch: fetchOverCore(core),
    openStream: (path) => openCoreStream(core, path),
    handshakeStatus: (path) => coreHandshakeStatus(core, path),
    control: core.control,
    close: async () => core.close(),
  };
};
