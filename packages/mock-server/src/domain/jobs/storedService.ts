import type { ServiceDetails } from '@apex-dispatch/contract';

/** A service as the service stores and echoes it: `namespace` is null when none was given. */
export const storedService = ({ endpoint, namespace, application }: ServiceDetails) => ({
  endpoint,
  namespace: namespace ?? null,
  application,
});
