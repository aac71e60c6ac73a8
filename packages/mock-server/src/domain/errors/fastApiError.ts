import { type FastApiError, fastApiErrors } from '@apex-dispatch/contract';
import { DetailHttpError } from './DetailHttpError';

/**
 * One of FastAPI's own answers, from the contract's map, with its headers (the 401's Bearer
 * challenge) and any the caller adds: `fastApiError('NOT_FOUND')`.
 */
export function fastApiError(
  code: FastApiError,
  headers: Record<string, string> = {},
): DetailHttpError {
  const answer: { status: number; detail: string; headers?: Readonly<Record<string, string>> } =
    fastApiErrors[code];
  return new DetailHttpError(answer.status, answer.detail, {
    headers: { ...answer.headers, ...headers },
  });
}
