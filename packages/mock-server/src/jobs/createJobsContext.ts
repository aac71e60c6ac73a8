import type { ServiceCatalog } from '../params/ServiceCatalog';
import type { ServiceDefinition } from '../params/ServiceDefinition';
import { DEFAULT_JOB_DURATION_MS, type MockServerOptions } from '../server/MockServerOptions';
import { JobStore } from './JobStore';
import type { JobsContext } from './JobsContext';
import { knownBackends } from './knownBackends';

/** The job operations' state and rules for a server with these options and services. */
export function createJobsContext(
  options: MockServerOptions,
  services: readonly ServiceDefinition[],
  catalog: ServiceCatalog,
): JobsContext {
  const jobDurationMs = options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS;
  const store = new JobStore(options.clock ?? Date.now);
  return {
    store,
    clock: () => ({ now: store.currentTime(), jobDurationMs }),
    ogcSyncJobs: options.ogcSyncJobs ?? false,
    synchronousOutput: ({ label, service }) => catalog.synchronousOutputFor({ label, service }),
    submission: {
      backends: knownBackends(
        services.map((service) => service.endpoint),
        options.backends,
      ),
      declaredParameters: ({ label, service }) => {
        try {
          return catalog.parametersFor({ label, service });
        } catch {
          return undefined; // not in the catalogue: the mock cannot know its parameters
        }
      },
    },
  };
}
