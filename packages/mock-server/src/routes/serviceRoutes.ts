import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRouteImplementation } from '@ts-rest/express';
import type { RouteContext } from './RouteContext';

type Handlers = {
  [K in 'getJobParams' | 'health']: AppRouteImplementation<DispatchContract[K]>;
};

/** Service parameters and health. */
export function serviceRoutes({ catalog }: RouteContext): Handlers {
  return {
    getJobParams: async ({ body }) => ({ status: 200, body: await catalog.retrieve(body) }),
    health: async () => ({ status: 200, body: { status: 'ok', database: { status: 'ok' } } }),
  };
}
