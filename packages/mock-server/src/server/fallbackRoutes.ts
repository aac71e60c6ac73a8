import type { Express } from 'express';
import { fastApiError } from '../errors/fastApiError';

/** FastAPI's 404 `{"detail": "Not Found"}` for any path nothing answered. Must come last. */
export function addFallbackRoutes(app: Express): void {
  app.use(() => {
    throw fastApiError('NOT_FOUND');
  });
}
