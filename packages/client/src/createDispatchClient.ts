import { dispatchContract } from '@apex-dispatch/contract';
import type { DispatchClient } from './DispatchClient';
import type { DispatchClientOptions } from './DispatchClientOptions';
import type { DispatchOperation } from './DispatchOperation';
import {
  type ClientSettings,
  createOperation,
  type OperationCall,
} from './internal/createOperation';
import { createWaitMethods } from './wait/createWaitMethods';
import type { DispatchWaitMethods } from './wait/DispatchWaitMethods';
import { createWatchMethods } from './watch/createWatchMethods';
import type { DispatchWatchMethods } from './watch/DispatchWatchMethods';

/** Creates a client with one method per operation of the APEx Dispatch API contract. */
export function createDispatchClient(options: DispatchClientOptions): DispatchClient {
  const settings: ClientSettings = {
    ...options,
    // Looked up at call time, so a fetch patched after the client was made is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    validateResponses: options.validateResponses ?? true,
  };
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  const detailed: Record<string, OperationCall> = {};
  for (const operation of Object.keys(dispatchContract) as DispatchOperation[]) {
    const call = createOperation(operation, dispatchContract[operation], settings);
    detailed[operation] = call;
    methods[operation] = async (...args) => {
      const outcome = await call(...args);
      if (!outcome.ok) throw outcome.error;
      return outcome.body;
    };
  }
  // The loop above builds exactly the methods `DispatchClient` maps from the same contract.
  const operations = { ...methods, detailed } as unknown as Omit<
    DispatchClient,
    keyof DispatchWaitMethods | keyof DispatchWatchMethods
  >;
  return { ...operations, ...createWaitMethods(operations), ...createWatchMethods(settings) };
}
