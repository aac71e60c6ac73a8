import { dispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { Express } from 'express';
import { MockHttpError } from '../errors/MockHttpError';

/**
 * 405 for a known path asked with another method (with `Allow`), then 404 for anything else,
 * both in the envelope. Must come after every real route.
 */
export function addFallbackRoutes(app: Express): void {
  const methodsByPath = new Map<string, string[]>();
  for (const route of Object.values(dispatchContract) as AppRoute[]) {
    methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
  }
  for (const [path, methods] of methodsByPath) {
    app.all(path, () => {
      throw new MockHttpError(405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed', {
        headers: { Allow: methods.join(', ') },
      });
    });
  }
  app.use(() => {
    throw new MockHttpError(404, 'NOT_FOUND', 'Not Found');
  });
}
