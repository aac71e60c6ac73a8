import type { JobStore } from '../jobs/JobStore';
import type { Clock } from '../jobs/jobViews';
import type { ServiceCatalog } from '../params/ServiceCatalog';

/** What the route handlers of one server share. */
export type RouteContext = {
  readonly store: JobStore;
  readonly catalog: ServiceCatalog;
  /** The store's clock and the configured job duration, read at each request. */
  readonly clock: () => Clock;
};
