import { z } from 'zod';
import { ValidationErrorSchema } from './ValidationError';

/** FastAPI's default validation error body (`{"detail": [...]}`). */
export const HTTPValidationErrorSchema = z.object({
  detail: z.array(ValidationErrorSchema).optional(),
});
export type HTTPValidationError = z.infer<typeof HTTPValidationErrorSchema>;
