import { routeFailureTemplates } from '@apex-dispatch/contract';
import { DetailHttpError } from '../errors/DetailHttpError';

/**
 * How the service answers any failure of `POST /params`: 500 with FastAPI's plain body,
 * `{"detail": "An error occurred while retrieving service parameters: <reason>"}`.
 */
export const paramsFailure = (reason: string): DetailHttpError =>
  new DetailHttpError(500, routeFailureTemplates.getJobParams(reason));
