import { dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { JobStore } from '../jobs/JobStore';
import type { Preferences } from '../scenarios/parsePrefer';
import { createMockClock } from './createMockClock';
import type { MockControl, NextAnswer, RecordedRequest } from './MockControl';
import { seedStore } from './seedStore';

/** A scripted answer as the core applies it. */
export type ScriptedAnswer =
  | { readonly kind: 'answer'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'preferences'; readonly preferences: Preferences };

/** The control API with the hooks the core uses. */
export type CoreControl = MockControl & {
  /** Connects the control to the core's store once it exists. */
  readonly attach: (
    store: JobStore,
    settings: { defaultUser: string | undefined; jobDurationMs: number },
  ) => void;
  /** The scripted answer of an operation's current request, if any (used up). */
  readonly takeAnswer: (operation: string) => ScriptedAnswer | undefined;
  readonly record: (request: RecordedRequest) => void;
};

const operationNames = Object.keys(dispatchContract);

// The log keeps the latest requests only, so that a long-running mock does not grow forever.
const RECORDED_REQUESTS = 1000;

function scripted(operation: string, answer: NextAnswer): ScriptedAnswer {
  const route = (dispatchContract as Record<string, AppRoute>)[operation];
  if (route === undefined) {
    throw new Error(
      `answerNext: no operation '${operation}'; the contract's are ${operationNames.join(', ')}`,
    );
  }
  const { status } = answer;
  if (status !== undefined && (!Number.isInteger(status) || status < 100 || status > 599)) {
    throw new Error(`answerNext: status ${status} is no HTTP status`);
  }
  if (answer.body !== undefined)
    return { kind: 'answer', status: status ?? 200, body: answer.body };
  if (status !== undefined && status >= 400 && route.responses[status] === undefined) {
    const documented = Object.keys(route.responses).join(', ');
    throw new Error(
      `answerNext: ${operation} documents no ${status} answer (it documents ${documented}); give a body to answer it anyway`,
    );
  }
  return {
    kind: 'preferences',
    preferences: {
      ...(status === undefined ? {} : { code: status }),
      ...(answer.error === undefined ? {} : { error: answer.error }),
      ...(answer.jobStatus === undefined ? {} : { status: answer.jobStatus }),
      ...(answer.jobs === undefined ? {} : { jobs: [...answer.jobs] }),
    },
  };
}

/** The control API of one mock, its clock running with `base`. */
export function createMockControl(base: () => number): CoreControl {
  const clock = createMockClock(base);
  const queued = new Map<string, ScriptedAnswer[]>();
  let received: RecordedRequest[] = [];
  let store: JobStore | undefined;
  let settings = { defaultUser: undefined as string | undefined, jobDurationMs: 0 };
  const attached = (): JobStore => {
    if (!store) throw new Error('The mock is not set up yet');
    return store;
  };
  return {
    clock: { now: clock.now, advance: clock.advance, set: clock.set },
    reset: () => {
      attached().reset();
      queued.clear();
      received = [];
      clock.reset();
    },
    seed: (seed) => seedStore(attached(), seed, { now: clock.now(), ...settings }),
    answerNext: (operation, answer, times = 1) => {
      if (!Number.isInteger(times) || times < 1) {
        throw new Error(`answerNext: times must be a positive integer, not ${times}`);
      }
      const answerOf = scripted(operation, answer);
      const list = queued.get(operation) ?? [];
      for (let i = 0; i < times; i++) list.push(answerOf);
      queued.set(operation, list);
    },
    requests: () => [...received],
    attach: (target, given) => {
      store = target;
      settings = given;
    },
    takeAnswer: (operation) => {
      const list = queued.get(operation);
      const next = list?.shift();
      if (list?.length === 0) queued.delete(operation);
      return next;
    },
    record: (request) => {
      received.push(request);
      if (received.length > RECORDED_REQUESTS) received.shift();
    },
  };
}
