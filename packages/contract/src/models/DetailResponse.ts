import { z } from 'zod';

/**
 * FastAPI's own error body, outside the service's envelope: 401 `{"detail": "Not authenticated"}`
 * without a token, 404 `{"detail": "Not Found"}` on an unknown path, 405 `{"detail": "Method Not
 * Allowed"}`, and every failure of `POST /params` (500).
 */
export const DetailResponseSchema = z.object({
  detail: z.string().describe('What went wrong, in words'),
});
export type DetailResponse = z.infer<typeof DetailResponseSchema>;
