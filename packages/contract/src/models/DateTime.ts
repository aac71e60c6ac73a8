import { z } from 'zod';

/**
 * An ISO 8601 timestamp. The service sends naive UTC (`2026-05-01T10:00:00`, microseconds may
 * follow), without an offset; an offset (`Z`, `+02:00`) is accepted too.
 */
export const DateTimeSchema = z.string().datetime({ offset: true, local: true });
