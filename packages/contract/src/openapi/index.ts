export { buildOpenApiDocument, type OpenApiDocument } from './buildOpenApiDocument';
export { componentNames } from './componentNames';
