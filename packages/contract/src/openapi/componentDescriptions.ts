const STAC_SPEC = 'https://github.com/radiantearth/stac-spec/blob/v1.0.0';
const STAC = `${STAC_SPEC}/collection-spec/collection-spec.md`;

/**
 * What each named component is, for readers of the reference. The contract's schemas carry
 * descriptions on their fields; these describe the models themselves.
 */
export const componentDescriptions: Readonly<Record<string, string>> = {
  Asset: `A STAC 1.0 asset: one output file of a job (${STAC_SPEC}/item-spec/item-spec.md#asset-object)`,
  BaseJobRequest:
    'The body of `POST /unit_jobs` and `POST /sync_jobs`: which service to run, how, and in which output format.',
  Collection: `A STAC 1.0 Collection: how \`GET /unit_jobs/{job_id}/results\` describes a job's outputs (${STAC})`,
  ErrorResponse: 'The envelope of every error the service answers, 422 included.',
  Extent: `The spatial and temporal extent of a STAC collection (${STAC}#extent-object)`,
  GeometryCollection: 'A GeoJSON GeometryCollection: the tiles `POST /tiles` answers.',
  GridTypeEnum: 'Tiling grid used to split an area of interest.',
  HTTPValidationError:
    "FastAPI's default validation error body. The service does not send it: its 422 answers are ErrorResponse envelopes.",
  JobsFilter: 'Which kind of work `GET /jobs_status` lists.',
  JobsStatusResponse: 'The upscaling tasks and processing jobs of the authenticated user.',
  LineString: 'A GeoJSON LineString.',
  Link: `A STAC 1.0 link object (${STAC}#link-object)`,
  Links: 'A list of STAC links.',
  MimeTypes: 'Media types STAC recommends for links and assets.',
  MultiLineString: 'A GeoJSON MultiLineString.',
  MultiPoint: 'A GeoJSON MultiPoint.',
  MultiPolygon: 'A GeoJSON MultiPolygon.',
  OutputFormatEnum: 'Output format of a job: GeoJSON, GeoTIFF, NetCDF or JSON.',
  ParamRequest: 'The body of `POST /params`: the service whose parameters to retrieve.',
  ParamTypeEnum: 'Data type of a service parameter.',
  Parameter: 'One input parameter of a service.',
  ParameterDimension:
    'The parameter an upscaling task loops over, and its values: one processing job per value.',
  Point: 'A GeoJSON Point.',
  Polygon: 'A GeoJSON Polygon.',
  Position2D: 'A longitude, latitude pair.',
  Position3D: 'A longitude, latitude, altitude triple.',
  ProcessTypeEnum: 'Kind of platform a service runs on: openEO or OGC API Processes.',
  ProcessingJob: 'A processing job in full, with its creation and update times.',
  ProcessingJobSummary: 'A processing job as listed, and as `POST /unit_jobs` answers it.',
  ProcessingStatusEnum:
    'Lifecycle state of a processing job or upscaling task; `finished`, `failed` and `canceled` are final.',
  Provider: `An organisation that captured or processed the data (${STAC}#provider-object)`,
  Range: `A statistics range in STAC collection summaries (${STAC}#stats-object)`,
  ServiceDetails: 'Where a service is hosted and which application on it to run.',
  SpatialExtent: 'The bounding boxes a STAC collection covers.',
  TileRequest: 'The body of `POST /tiles`: an area of interest and the grid to split it by.',
  TimeInterval: `The time ranges a STAC collection covers; \`null\` is an open end (${STAC}#temporal-extent-object)`,
  UpscalingTask: 'An upscaling task in full, with the processing jobs it launched.',
  UpscalingTaskRequest:
    'The body of `POST /upscale_tasks`: a job request plus the dimension to loop over.',
  UpscalingTaskSummary: 'An upscaling task as listed.',
  ValidationError:
    "One validation problem, in pydantic's shape: where (`loc`), why (`msg`) and its `type`.",
};
