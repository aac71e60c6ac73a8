import type { Parameter, ParamRequest } from '@apex-dispatch/contract';
import { MockHttpError } from '../errors/MockHttpError';
import { ogcProcessParameters } from './ogcProcessParameters';
import { openEoUdpParameters } from './openEoUdpParameters';
import type { ServiceDefinition } from './ServiceDefinition';

type CatalogEntry = {
  label: ServiceDefinition['label'];
  endpoint: string | undefined;
  application: string;
  parameters: Parameter[];
};

const normalized = (url: string) => url.trim().replace(/\/+$/, '');

function parametersOf(definition: ServiceDefinition): Parameter[] {
  if (definition.udp) return openEoUdpParameters(definition.udp);
  if (definition.process) return ogcProcessParameters(definition.process);
  return definition.parameters ?? [];
}

/** The services `POST /params` knows; a later definition of a service replaces an earlier one. */
export class ServiceCatalog {
  private readonly entries: CatalogEntry[];

  constructor(definitions: readonly ServiceDefinition[]) {
    this.entries = definitions.map((definition) => ({
      label: definition.label,
      endpoint: definition.endpoint === undefined ? undefined : normalized(definition.endpoint),
      application: normalized(definition.application),
      parameters: parametersOf(definition),
    }));
  }

  /** The parameters of the requested service, or 404 SERVICE_NOT_FOUND. */
  parametersFor({ label, service }: ParamRequest): Parameter[] {
    const application = normalized(service.application);
    const endpoint = normalized(service.endpoint);
    const entry = [...this.entries]
      .reverse()
      .find(
        (candidate) =>
          candidate.label === label &&
          candidate.application === application &&
          (candidate.endpoint === undefined || candidate.endpoint === endpoint),
      );
    if (entry) return entry.parameters;
    throw new MockHttpError(404, 'SERVICE_NOT_FOUND', 'The requested service was not found.', {
      details: {
        label,
        endpoint: service.endpoint,
        application: service.application,
        known_services: this.entries.map(({ label: l, endpoint: e, application: a }) => ({
          label: l,
          ...(e === undefined ? {} : { endpoint: e }),
          application: a,
        })),
      },
    });
  }
}
