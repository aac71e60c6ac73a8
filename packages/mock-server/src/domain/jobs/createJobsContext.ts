import type { ServiceCatalog } from '../params/ServiceCatalog';
import type { ServiceDefinition } from '../params/ServiceDefinition';
import { JobStore } from './JobStore';
import type { JobsContext } from './JobsContext';
import { knownBackends } from './knownBackends';

/** What the job operations are set up with. */
export type JobsSettings = {
  readonly jobDurationMs: number;
  /** The clock, in ms since the epoch. */
  readonly now: () => number;
  readonly ogcSyncJobs: boolean;
  /** Backends to accept next to the service's and the catalogue's. */
  readonly backends: readonly string[] | undefined;
};

/** The job operations' state and rules for a mock with these settings and services. */
export function createJobsContext(
  settings: JobsSettings,
  services: readonly ServiceDefinition[],
  catalog: ServiceCatalog,
): JobsContext {
  const { jobDurationMs } = settings;
  const store = new JobStore(settings.now);
  return {
    store,
    clock: () => ({ now: store.currentTime(), jobDurationMs }),
    ogcSyncJobs: settings.ogcSyncJobs,
    synchronousOutput: ({ label, service }) => catalog.synchronousOutputFor({ label, service }),
    submission: {
      backends: knownBackends(
        services.map((service) => service.endpoint),
        settings.backends,
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
