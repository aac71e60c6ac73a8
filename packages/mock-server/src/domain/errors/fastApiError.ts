import { type FastApiError, fastApiErrors } from '@apex-dispatch/contract';
import { DetailHttpError } from './DetailHttpError';

/** One of FastAPI's own answers, from the contract's map: `fastApiError('NOT_FOUND')`. */
export function fastApiError(
  code: FastApiError,
  headers: Record<string, string> = {},
): DetailHttpError {
  const { status, detail } = fastApiErrors[code];
  return new DetailHttpError(status, detail, { headers });
}
