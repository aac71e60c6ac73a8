export { type AsyncApiDocument, buildAsyncApiDocument } from '../asyncapi/buildAsyncApiDocument';
export { buildOpenApiDocument, type OpenApiDocument } from './buildOpenApiDocument';
export { componentNames } from './componentNames';
export { type OperationDocs, operationDocs, type ResponseDocumentation } from './operationDocs';
