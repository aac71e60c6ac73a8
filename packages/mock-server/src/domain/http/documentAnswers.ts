import { documentPaths } from '@apex-dispatch/contract';
import type { MockResponse } from '../MockResponse';
import { jsonAnswer } from './answers';

type DocumentBuilders = typeof import('@apex-dispatch/contract/openapi');

/**
 * The contract's OpenAPI and AsyncAPI documents by path, each built at its first request. The
 * document builders load only then: they are the heaviest part of the contract, and no other
 * answer needs them.
 */
export function documentAnswers(): (path: string) => Promise<MockResponse> | undefined {
  let openApi: Promise<MockResponse> | undefined;
  let asyncApi: Promise<MockResponse> | undefined;
  const build = (document: (builders: DocumentBuilders) => unknown) =>
    import('@apex-dispatch/contract/openapi').then((builders) =>
      jsonAnswer(200, document(builders)),
    );
  return (path) => {
    if (path === documentPaths.openApi) {
      openApi ??= build((builders) => builders.buildOpenApiDocument());
      return openApi;
    }
    if (path === '/asyncapi.json') {
      asyncApi ??= build((builders) => builders.buildAsyncApiDocument());
      return asyncApi;
    }
    return undefined;
  };
}
