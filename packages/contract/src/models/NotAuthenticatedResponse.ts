import { z } from 'zod';

/**
 * FastAPI's own answer when a secured operation gets no `Authorization` header at all:
 * 401 `{"detail": "Not authenticated"}`, outside the service's error envelope.
 */
export const NotAuthenticatedResponseSchema = z.object({
  detail: z.string(),
});
export type NotAuthenticatedResponse = z.infer<typeof NotAuthenticatedResponseSchema>;
