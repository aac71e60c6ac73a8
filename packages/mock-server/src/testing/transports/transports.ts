import { fetchTransport } from './fetchTransport';
import { httpTransport } from './httpTransport';
import type { MockTransport } from './MockTransport';
import { urlTransport } from './urlTransport';

/**
 * Every transport the behaviour suite runs over, by name; a vitest project picks one with the
 * `MOCK_TRANSPORT` environment variable (default `http`, or `url` when `MOCK_PARITY_URL` is set).
 */
export const transports: Record<string, MockTransport> = {
  http: httpTransport,
  fetch: fetchTransport,
  url: urlTransport,
};

/** Adds a transport (e.g. MSW's) under a name `MOCK_TRANSPORT` can select. */
export function registerTransport(name: string, transport: MockTransport): void {
  transports[name] = transport;
}

/** The name of the transport this test run uses. */
export function transportName(): string {
  return process.env.MOCK_TRANSPORT ?? (process.env.MOCK_PARITY_URL ? 'url' : 'http');
}
