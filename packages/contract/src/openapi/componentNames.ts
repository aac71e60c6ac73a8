import type { ZodTypeAny, ZodTypeDef } from 'zod';
import { GridTypeEnumSchema } from '../enums/GridTypeEnum';
import { JobsFilterSchema } from '../enums/JobsFilter';
import { MimeTypesSchema } from '../enums/MimeTypes';
import { OutputFormatEnumSchema } from '../enums/OutputFormatEnum';
import { ParamTypeEnumSchema } from '../enums/ParamTypeEnum';
import { ProcessingStatusEnumSchema } from '../enums/ProcessingStatusEnum';
import { ProcessTypeEnumSchema } from '../enums/ProcessTypeEnum';
import { GeometryCollectionSchema } from '../geojson/GeometryCollection';
import { LineStringSchema } from '../geojson/LineString';
import { MultiLineStringSchema } from '../geojson/MultiLineString';
import { MultiPointSchema } from '../geojson/MultiPoint';
import { MultiPolygonSchema } from '../geojson/MultiPolygon';
import { PointSchema } from '../geojson/Point';
import { PolygonSchema } from '../geojson/Polygon';
import { Position2DSchema, Position3DSchema } from '../geojson/Position';
import { BaseJobRequestSchema } from '../models/BaseJobRequest';
import { ErrorResponseSchema } from '../models/ErrorResponse';
import { HTTPValidationErrorSchema } from '../models/HTTPValidationError';
import { JobsStatusResponseSchema } from '../models/JobsStatusResponse';
import { ParameterSchema } from '../models/Parameter';
import { ParameterDimensionSchema } from '../models/ParameterDimension';
import { ParamRequestSchema } from '../models/ParamRequest';
import { ProcessingJobSchema } from '../models/ProcessingJob';
import { ProcessingJobSummarySchema } from '../models/ProcessingJobSummary';
import { ServiceDetailsSchema } from '../models/ServiceDetails';
import { TileRequestSchema } from '../models/TileRequest';
import { UpscalingTaskSchema } from '../models/UpscalingTask';
import { UpscalingTaskRequestSchema } from '../models/UpscalingTaskRequest';
import { UpscalingTaskSummarySchema } from '../models/UpscalingTaskSummary';
import { ValidationErrorSchema } from '../models/ValidationError';
import { AssetSchema } from '../stac/Asset';
import { CollectionSchema } from '../stac/Collection';
import { ExtentSchema } from '../stac/Extent';
import { LinkSchema, LinksSchema } from '../stac/Link';
import { ProviderSchema } from '../stac/Provider';
import { RangeSchema } from '../stac/Range';
import { SpatialExtentSchema } from '../stac/SpatialExtent';
import { TimeIntervalSchema } from '../stac/TimeInterval';
import { definitionOf, isDescribedCopyOf } from './zodDefinitions';

/**
 * The upstream component name of each zod schema of the contract, in the reference document's
 * order. The document defines each once under `components.schemas` and `$ref`s it everywhere.
 */
export const componentNames: ReadonlyArray<readonly [name: string, schema: ZodTypeAny]> = [
  ['Asset', AssetSchema],
  ['BaseJobRequest', BaseJobRequestSchema],
  ['Collection', CollectionSchema],
  ['ErrorResponse', ErrorResponseSchema],
  ['Extent', ExtentSchema],
  ['GeometryCollection', GeometryCollectionSchema],
  ['GridTypeEnum', GridTypeEnumSchema],
  ['HTTPValidationError', HTTPValidationErrorSchema],
  ['JobsFilter', JobsFilterSchema],
  ['JobsStatusResponse', JobsStatusResponseSchema],
  ['LineString', LineStringSchema],
  ['Link', LinkSchema],
  ['Links', LinksSchema],
  ['MimeTypes', MimeTypesSchema],
  ['MultiLineString', MultiLineStringSchema],
  ['MultiPoint', MultiPointSchema],
  ['MultiPolygon', MultiPolygonSchema],
  ['OutputFormatEnum', OutputFormatEnumSchema],
  ['ParamRequest', ParamRequestSchema],
  ['ParamTypeEnum', ParamTypeEnumSchema],
  ['Parameter', ParameterSchema],
  ['ParameterDimension', ParameterDimensionSchema],
  ['Point', PointSchema],
  ['Polygon', PolygonSchema],
  ['Position2D', Position2DSchema],
  ['Position3D', Position3DSchema],
  ['ProcessTypeEnum', ProcessTypeEnumSchema],
  ['ProcessingJob', ProcessingJobSchema],
  ['ProcessingJobSummary', ProcessingJobSummarySchema],
  ['ProcessingStatusEnum', ProcessingStatusEnumSchema],
  ['Provider', ProviderSchema],
  ['Range', RangeSchema],
  ['ServiceDetails', ServiceDetailsSchema],
  ['SpatialExtent', SpatialExtentSchema],
  ['TileRequest', TileRequestSchema],
  ['TimeInterval', TimeIntervalSchema],
  ['UpscalingTask', UpscalingTaskSchema],
  ['UpscalingTaskRequest', UpscalingTaskRequestSchema],
  ['UpscalingTaskSummary', UpscalingTaskSummarySchema],
  ['ValidationError', ValidationErrorSchema],
];

const namesByDefinition = new Map(
  componentNames.map(([name, schema]) => [definitionOf(schema), name]),
);

/** The component name of a zod definition of the contract, or undefined when it has none. */
export const componentNameOfDef = (def: ZodTypeDef): string | undefined =>
  namesByDefinition.get(def) ??
  componentNames.find(([, named]) => isDescribedCopyOf(def, named))?.[0];
