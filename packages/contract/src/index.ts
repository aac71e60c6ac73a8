export { dispatchContract, type DispatchContract } from './dispatchContract';
export type { RouteMetadata } from './routeMetadata';

export * from './enums/GridTypeEnum';
export * from './enums/JobsFilter';
export * from './enums/MimeTypes';
export * from './enums/OutputFormatEnum';
export * from './enums/ParamTypeEnum';
export * from './enums/ProcessingStatusEnum';
export * from './enums/ProcessTypeEnum';

export * from './models/BaseJobRequest';
export * from './models/DateTime';
export * from './models/ErrorResponse';
export * from './models/HealthResponse';
export * from './models/HTTPValidationError';
export * from './models/JobsStatusResponse';
export * from './models/JsonObject';
export * from './models/Parameter';
export * from './models/ParameterDimension';
export * from './models/ParamRequest';
export * from './models/ProcessingJob';
export * from './models/ProcessingJobSummary';
export * from './models/ServiceDetails';
export * from './models/SyncJobResult';
export * from './models/TileRequest';
export * from './models/UpscalingTask';
export * from './models/UpscalingTaskRequest';
export * from './models/UpscalingTaskSummary';
export * from './models/ValidationError';

export * from './geojson/BBox';
export * from './geojson/GeometryCollection';
export * from './geojson/LineString';
export * from './geojson/MultiLineString';
export * from './geojson/MultiPoint';
export * from './geojson/MultiPolygon';
export * from './geojson/Point';
export * from './geojson/Polygon';
export * from './geojson/Position';

export * from './stac/Asset';
export * from './stac/Collection';
export * from './stac/Extent';
export * from './stac/Link';
export * from './stac/Provider';
export * from './stac/Range';
export * from './stac/SpatialExtent';
export * from './stac/TimeInterval';

export * from './examples/jobRequestExamples';
