/** Where the service serves its own documents, next to the API: FastAPI's defaults. */
export const documentPaths = {
  /** The OpenAPI document FastAPI generates from the running code. */
  openApi: '/openapi.json',
} as const;
