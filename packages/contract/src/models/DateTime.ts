import { z } from 'zod';

/** An ISO 8601 timestamp; the service may send it with or without a UTC offset. */
export const DateTimeSchema = z.string().datetime({ offset: true, local: true });
