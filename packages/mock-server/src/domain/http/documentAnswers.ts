import { documentPaths } from '@apex-dispatch/contract';
import { buildAsyncApiDocument, buildOpenApiDocument } from '@apex-dispatch/contract/openapi';
import type { MockResponse } from '../MockResponse';
import { jsonAnswer } from './answers';

/** The contract's OpenAPI and AsyncAPI documents by path, each built at its first request. */
export function documentAnswers(): (path: string) => MockResponse | undefined {
  let openApi: MockResponse | undefined;
  let asyncApi: MockResponse | undefined;
  return (path) => {
    if (path === documentPaths.openApi) {
      openApi ??= jsonAnswer(200, buildOpenApiDocument());
      return openApi;
    }
    if (path === '/asyncapi.json') {
      asyncApi ??= jsonAnswer(200, buildAsyncApiDocument());
      return asyncApi;
    }
    return undefined;
  };
}
