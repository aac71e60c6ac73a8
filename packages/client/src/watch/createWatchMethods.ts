import {
  type DispatchChannelName,
  type DispatchChannels,
  dispatchChannels,
} from '@apex-dispatch/contract';
import type { z } from 'zod';
import type { DispatchClientOptions } from '../DispatchClientOptions';
import { buildUrl } from '../internal/buildUrl';
import { resolveToken } from '../internal/resolveToken';
import { channelUrl } from './channelUrl';
import type { DispatchWatchMethods } from './DispatchWatchMethods';
import { resolveWebSocket } from './resolveWebSocket';
import type { ReconnectOptions, WatchOptions } from './WatchOptions';
import { watchChannel } from './watchChannel';

type Output<C extends DispatchChannelName, P extends 'pathParams' | 'query'> = z.output<
  DispatchChannels[C][P]
>;
// The query keys come from the contract, so a renamed parameter fails to compile here.
type QueryOf<C extends DispatchChannelName> = { [K in keyof Output<C, 'query'>]?: unknown };
type MessageData<C extends DispatchChannelName> = NonNullable<
  z.output<DispatchChannels[C]['message']>['data']
>;

const RECONNECT_DEFAULTS: Required<ReconnectOptions> = {
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

function reconnectPolicy(
  setting: WatchOptions['reconnect'],
): Required<ReconnectOptions> | undefined {
  if (setting === undefined || setting === false) return undefined;
  const options = setting === true ? {} : setting;
  return {
    retries: options.retries ?? RECONNECT_DEFAULTS.retries,
    baseDelayMs: options.baseDelayMs ?? RECONNECT_DEFAULTS.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? RECONNECT_DEFAULTS.maxDelayMs,
  };
}

/** The client options the streams use. */
export type WatchSettings = Pick<
  DispatchClientOptions,
  'baseUrl' | 'token' | 'WebSocket' | 'validateResponses'
>;

/** `watchJobsStatus` and `watchUpscaleTask`, following the contract's `dispatchChannels`. */
export function createWatchMethods(settings: WatchSettings): DispatchWatchMethods {
  function follow<C extends DispatchChannelName>(
    name: C,
    params: Output<C, 'pathParams'>,
    query: Omit<QueryOf<C>, 'token'>,
    { signal, reconnect }: WatchOptions,
  ): AsyncIterable<MessageData<C>> {
    const channel = dispatchChannels[name];
    const WebSocket = resolveWebSocket(settings.WebSocket);
    const { token } = settings;
    return watchChannel<MessageData<C>>({
      path: buildUrl('', channel.path, params, undefined),
      url: async () => {
        const withToken: QueryOf<C> = { ...query, token: await resolveToken(token) };
        return channelUrl(settings.baseUrl, channel.path, params, withToken);
      },
      message: channel.message,
      validate: settings.validateResponses ?? true,
      WebSocket,
      signal,
      reconnect: reconnectPolicy(reconnect),
      refreshesToken: typeof token === 'function',
    });
  }
  return {
    watchJobsStatus: ({ interval, filter, ...options } = {}) =>
      follow('jobsStatus', {}, { interval, filter }, options),
    watchUpscaleTask: (taskId, { interval, ...options } = {}) =>
      follow('upscaleTask', { task_id: taskId }, { interval }, options),
  };
}
