export { type AsyncApiDocument, buildAsyncApiDocument } from '../asyncapi/buildAsyncApiDocument';
export {
  compareDeploymentDocument,
  type DocumentDrift,
} from '../conformance/compareDeploymentDocument';
export { buildOpenApiDocument, type OpenApiDocument } from './buildOpenApiDocument';
export { componentNames } from './componentNames';
export { type OperationDocs, operationDocs, type ResponseDocumentation } from './operationDocs';
