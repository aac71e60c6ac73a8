import type { OutputFormatEnum, Parameter, ParamRequest } from '@apex-dispatch/contract';
import { buildParameter } from './buildParameter';
import { fetchServiceParameters } from './fetchServiceParameters';
import { ogcProcessParameters } from './ogcProcessParameters';
import { openEoUdpParameters } from './openEoUdpParameters';
import { isParameterRetrievalError } from './ParameterRetrievalError';
import { paramsFailure } from './paramsFailure';
import type { ServiceDefinition } from './ServiceDefinition';

type CatalogEntry = {
  label: ServiceDefinition['label'];
  endpoint: string | undefined;
  application: string;
  definition: ServiceDefinition;
  /** The definition mapped at its first request, or what mapping it threw. */
  mapped?: { parameters: Parameter[] } | { error: unknown };
};

const normalized = (url: string) => url.trim().replace(/\/+$/, '');

// Mapped at the first request, as the service maps what it fetches: a definition that does not
// map fails its requests the way the service would, not the server's start.
function parametersOf(definition: ServiceDefinition): Parameter[] {
  if (definition.udp) return openEoUdpParameters(definition.udp);
  if (definition.process) return ogcProcessParameters(definition.process);
  return (definition.parameters ?? []).map((parameter) =>
    buildParameter({
      ...parameter,
      default: parameter.default ?? null,
      options: parameter.options ?? [],
    }),
  );
}

function asParamsFailure(error: unknown): unknown {
  return isParameterRetrievalError(error) ? paramsFailure(error.message) : error;
}

/**
 * The services `POST /params` knows (a later definition of a service replaces an earlier one)
 * and, when allowed, fetches: every failure is the service's 500 `{"detail"}` answer.
 */
export class ServiceCatalog {
  private readonly entries: CatalogEntry[];

  constructor(
    definitions: readonly ServiceDefinition[],
    private readonly fetchUnknown = false,
  ) {
    this.entries = definitions.map((definition) => ({
      label: definition.label,
      endpoint: definition.endpoint === undefined ? undefined : normalized(definition.endpoint),
      application: normalized(definition.application),
      definition,
    }));
  }

  private find({ label, service }: ParamRequest): CatalogEntry | undefined {
    const application = normalized(service.application);
    const endpoint = normalized(service.endpoint);
    // The last matching definition wins.
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const candidate = this.entries[index];
      if (
        candidate !== undefined &&
        candidate.label === label &&
        candidate.application === application &&
        (candidate.endpoint === undefined || candidate.endpoint === endpoint)
      ) {
        return candidate;
      }
    }
    return undefined;
  }

  // Job submissions ask for a service's parameters at every request: map each definition once.
  private static mappedParameters(entry: CatalogEntry): Parameter[] {
    if (entry.mapped === undefined) {
      try {
        entry.mapped = { parameters: parametersOf(entry.definition) };
      } catch (error) {
        entry.mapped = { error };
      }
    }
    if ('error' in entry.mapped) throw asParamsFailure(entry.mapped.error);
    return entry.mapped.parameters;
  }

  /**
   * The parameters of a catalogued service; throws the service's 500 `{"detail"}` answer for
   * one the catalogue lacks or whose definition does not map.
   */
  parametersFor(request: ParamRequest): Parameter[] {
    const entry = this.find(request);
    if (entry === undefined) {
      throw paramsFailure(
        `${request.service.application} is not in the mock server's catalogue (add it with --services, or start the mock with --fetch-services to fetch it as the service does)`,
      );
    }
    return ServiceCatalog.mappedParameters(entry);
  }

  /** What a catalogued service's graph produces, if its definition says. */
  synchronousOutputFor(request: ParamRequest): OutputFormatEnum | undefined {
    return this.find(request)?.definition.synchronousOutput;
  }

  /** As `parametersFor`, fetching a service the catalogue lacks when the server may. */
  async retrieve(request: ParamRequest): Promise<Parameter[]> {
    if (!this.fetchUnknown || this.find(request) !== undefined) return this.parametersFor(request);
    try {
      return await fetchServiceParameters(request);
    } catch (error) {
      throw asParamsFailure(error);
    }
  }
}
