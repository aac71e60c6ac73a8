export { buildOpenApiDocument } from './buildOpenApiDocument';
