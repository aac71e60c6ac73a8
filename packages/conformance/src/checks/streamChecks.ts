import {
  dispatchChannels,
  openApiPathOf,
  type WSMessageTypeEnum,
  wsCloseCodes,
  wsHandshakeRefusal,
  wsMessageTexts,
} from '@apex-dispatch/contract';
import type { ZodTypeAny } from 'zod';
import { openStream, type StreamOutcome } from '../target/openStream';
import type { Target } from '../target/Target';
import type { Check, CheckContext } from './Check';
import { Drift } from './Drift';
import { expectValid, show } from './expect';
import { pathOf, UNKNOWN_ID } from './routes';

const { jobsStatus, upscaleTask } = dispatchChannels;

// The shortest interval the channels accept: a poll every second.
const INTERVAL = 1;

/** The URL of a stream of the token's user (shown in reports without its query). */
export function streamUrl(target: Target, path: string, token: string | undefined): string {
  return target.url(path, token === undefined ? {} : { token, interval: INTERVAL });
}

/** Opens a stream; a deployment that answers nothing there is drift too. */
export async function readStream(
  context: CheckContext,
  path: string,
  token: string | undefined,
  count: number,
  awaitClose = false,
): Promise<Extract<StreamOutcome, { kind: 'opened' }>> {
  const outcome = await openStream(streamUrl(context.target, path, token), {
    count,
    // Long enough for the first poll of the service, which may come one interval after init.
    timeoutMs: context.timeoutMs,
    awaitClose,
  });
  if (outcome.kind === 'refused') {
    throw new Drift(`${path}: the handshake accepted`, `HTTP ${outcome.status}`);
  }
  if (outcome.kind === 'unreachable') throw new Drift(`${path}: a WebSocket`, outcome.reason);
  return outcome;
}

const expectedText = (type: WSMessageTypeEnum) =>
  type === 'init' || type === 'loading' ? wsMessageTexts[type] : undefined;

/** Throws unless `messages` are of `types`, in that order, each valid against `schema`. */
function expectSequence(
  messages: unknown[],
  types: WSMessageTypeEnum[],
  schema: ZodTypeAny,
  where: string,
): void {
  types.forEach((type, index) => {
    const what = `${where}: message ${index + 1}`;
    const message = messages[index] as { type?: unknown; message?: unknown } | undefined;
    if (message === undefined) throw new Drift(`${what} of type "${type}"`, 'no message');
    if (message.type !== type) {
      throw new Drift(
        `${what} of type "${type}" (order ${types.join(', ')})`,
        `type ${show(message.type)} (order ${messages.map((m) => (m as { type?: unknown }).type).join(', ')})`,
      );
    }
    expectValid(schema, message, `${what}, a "${type}" message`);
    const text = expectedText(type);
    if (text !== undefined && message.message !== text) {
      throw new Drift(`${what}: message ${show(text)}`, show(message.message));
    }
  });
}

const taskPath = pathOf(upscaleTask, { task_id: UNKNOWN_ID });

/** The two WebSocket streams, which the OpenAPI document cannot show. */
export const streamChecks: Check[] = [
  {
    id: 'ws.no-token',
    title: `${jobsStatus.path} without a token: the handshake refused (HTTP ${wsHandshakeRefusal.status})`,
    needs: [],
    run: async ({ target, timeoutMs }) => {
      const outcome = await openStream(streamUrl(target, jobsStatus.path, undefined), {
        count: 1,
        timeoutMs,
      });
      if (outcome.kind === 'refused' && outcome.status === wsHandshakeRefusal.status) {
        return `HTTP ${wsHandshakeRefusal.status} (close ${wsCloseCodes.MISSING_TOKEN.code} "${wsCloseCodes.MISSING_TOKEN.reason}" before accept)`;
      }
      const sent =
        outcome.kind === 'refused'
          ? `HTTP ${outcome.status}`
          : outcome.kind === 'unreachable'
            ? outcome.reason
            : `accepted, then ${show(outcome.messages)}`;
      throw new Drift(
        `${jobsStatus.path} without a token: HTTP ${wsHandshakeRefusal.status}`,
        sent,
      );
    },
  },
  {
    id: 'ws.jobs-status',
    title: `${jobsStatus.path}: init, loading, status, each valid`,
    needs: ['token'],
    run: async (context) => {
      const { messages } = await readStream(context, jobsStatus.path, context.target.token, 3);
      expectSequence(messages, ['init', 'loading', 'status'], jobsStatus.message, jobsStatus.path);
      return 'init, loading and status, each a WSStatusMessage';
    },
  },
  {
    id: 'ws.unknown-task',
    title: `${openApiPathOf(upscaleTask.path)} of an unknown task: error, then close ${wsCloseCodes.TASK_NOT_FOUND.code} ${wsCloseCodes.TASK_NOT_FOUND.reason}`,
    needs: ['token'],
    run: async (context) => {
      const outcome = await readStream(context, taskPath, context.target.token, 3, true);
      expectSequence(outcome.messages, ['init', 'loading', 'error'], upscaleTask.message, taskPath);
      const { code, reason } = wsCloseCodes.TASK_NOT_FOUND;
      if (outcome.close?.code !== code || outcome.close.reason !== reason) {
        throw new Drift(
          `${taskPath}: close ${code} "${reason}"`,
          outcome.close ? `close ${outcome.close.code} ${show(outcome.close.reason)}` : 'no close',
        );
      }
      return `init, loading, error, then close ${code} "${reason}"`;
    },
  },
];
