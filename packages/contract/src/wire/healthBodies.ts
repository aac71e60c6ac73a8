import type { HealthResponse } from '../models/HealthResponse';

/** What `GET /health` answers: 200 `healthy` while the database answers, else 503 `unhealthy`. */
export const healthBodies = {
  healthy: { status: 'ok', database: { status: 'ok' } },
  unhealthy: { status: 'error', database: { status: 'error' } },
} as const satisfies Record<string, HealthResponse>;
