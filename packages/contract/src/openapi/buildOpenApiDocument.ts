import { generateOpenApi } from '@ts-rest/open-api';
import { dispatchContract } from '../dispatchContract';
import type { RouteMetadata } from '../routeMetadata';

/** The OpenAPI 3 document of the API, generated from the contract. */
export function buildOpenApiDocument() {
  return generateOpenApi(
    dispatchContract,
    { info: { title: 'APEx Dispatch API', version: '0.7.2' } },
    {
      operationMapper: (operation, route) => {
        const metadata = route.metadata as RouteMetadata;
        return { ...operation, operationId: metadata.operationId, tags: metadata.tags };
      },
    },
  );
}
