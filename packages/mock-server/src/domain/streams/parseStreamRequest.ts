import {
  type DispatchChannelName,
  dispatchChannels,
  type JobsFilter,
  pathPattern,
} from '@apex-dispatch/contract';
import { pydanticInteger } from '../validation/integerPathParams';

/** A handshake the streams accept: which stream, with its parameters as the contract reads them. */
export type StreamRequest = { token: string | undefined; interval: number } & (
  | { channel: 'jobsStatus'; filter?: JobsFilter[] | undefined }
  | { channel: 'upscaleTask'; task_id: number }
);

// `/ws/upscale_tasks/:task_id` matches `/ws/upscale_tasks/<anything but a slash>`.
const patterns = (Object.keys(dispatchChannels) as DispatchChannelName[]).map((channel) => ({
  channel,
  pattern: pathPattern(dispatchChannels[channel].path),
}));

// Query parameters that may be repeated; of any other, the last one counts, as in Starlette.
const REPEATED = new Set(['filter']);

// The parameters the service declares `int`: read as pydantic reads an int from text (`+1`,
// ` 1 `, `1_0`; never `0x10`, `1e1`, `1.5`), before the contract's schema sees them.
const INTEGERS = new Set(['task_id', 'interval']);

/** The parameters with their integers in canonical form, or undefined when one is no int. */
function withPydanticIntegers<T extends Record<string, string | string[]>>(
  values: T,
): T | undefined {
  const canonical: Record<string, string | string[]> = { ...values };
  for (const name of INTEGERS) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    const parsed = pydanticInteger(value);
    if (parsed === undefined) return undefined;
    canonical[name] = String(parsed);
  }
  return canonical as T;
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = REPEATED.has(key) ? values : (values.at(-1) ?? '');
  }
  return query;
}

function decoded(groups: Record<string, string> | undefined): Record<string, string> | undefined {
  try {
    return Object.fromEntries(
      Object.entries(groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
    );
  } catch {
    return undefined;
  }
}

type Raw = { path: Record<string, string>; query: Record<string, string | string[]> };

// Each channel's parameters through the contract's schemas; the token is checked by the server.
const parsers: Record<
  DispatchChannelName,
  (raw: Raw) => DistributiveOmit<StreamRequest, 'token'> | undefined
> = {
  jobsStatus: ({ query }) => {
    const parsed = dispatchChannels.jobsStatus.query.omit({ token: true }).safeParse(query);
    return parsed.success ? { channel: 'jobsStatus', ...parsed.data } : undefined;
  },
  upscaleTask: ({ path, query }) => {
    const params = dispatchChannels.upscaleTask.pathParams.safeParse(path);
    const parsed = dispatchChannels.upscaleTask.query.omit({ token: true }).safeParse(query);
    if (!params.success || !parsed.success) return undefined;
    return { channel: 'upscaleTask', ...params.data, ...parsed.data };
  },
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The stream a handshake's URL (path and query) asks for, or undefined when the service would
 * refuse it: an unknown path, a bad path parameter, `interval` or `filter`. The token is only
 * read here; whether one is needed is the server's to say.
 */
export function parseStreamRequest(url: string): StreamRequest | undefined {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  for (const { channel, pattern } of patterns) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const decodedPath = decoded(match.groups);
    const path = decodedPath && withPydanticIntegers(decodedPath);
    const query = withPydanticIntegers(queryOf(searchParams));
    const request = path && query && parsers[channel]({ path, query });
    if (!request) return undefined;
    return { ...request, token: searchParams.getAll('token').at(-1) || undefined };
  }
  return undefined;
}
