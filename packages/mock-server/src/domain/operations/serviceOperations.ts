import { healthBodies } from '@apex-dispatch/contract';
import type { Operations } from './Operation';
import type { RouteContext } from './RouteContext';

/** Service parameters and health. */
export function serviceOperations({
  catalog,
}: RouteContext): Operations<'getJobParams' | 'health'> {
  return {
    getJobParams: async ({ body }) => ({ status: 200, body: await catalog.retrieve(body) }),
    health: () => ({ status: 200, body: healthBodies.healthy }),
  };
}
