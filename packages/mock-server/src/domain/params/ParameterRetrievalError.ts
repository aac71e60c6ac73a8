/** Why the parameters of a service could not be had, worded as the service's reason. */
export class ParameterRetrievalError extends Error {
  override readonly name = 'ParameterRetrievalError';
}

/** Whether a value is a ParameterRetrievalError. */
export const isParameterRetrievalError = (value: unknown): value is ParameterRetrievalError =>
  value instanceof ParameterRetrievalError;
