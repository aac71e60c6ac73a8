import { DetailResponseSchema } from './DetailResponse';

/** @deprecated Use `DetailResponseSchema`: the 401 without a token is one of FastAPI's `{"detail"}` bodies. */
export const NotAuthenticatedResponseSchema = DetailResponseSchema;
/** @deprecated Use `DetailResponse`. */
export type { DetailResponse as NotAuthenticatedResponse } from './DetailResponse';
