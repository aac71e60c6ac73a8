import type { Express } from 'express';
import { DetailHttpError } from '../errors/DetailHttpError';

/** FastAPI's 404 `{"detail": "Not Found"}` for any path nothing answered. Must come last. */
export function addFallbackRoutes(app: Express): void {
  app.use(() => {
    throw new DetailHttpError(404, 'Not Found');
  });
}
