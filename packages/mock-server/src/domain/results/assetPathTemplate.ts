/**
 * Where the mock serves a finished job's result file, as a path template for the contract's
 * path helpers. It stands in for the platform's signed URL: the service itself has no such
 * route (its results link to the platform), so this is the mock's own, not the contract's.
 */
export const assetPathTemplate = '/assets/:asset_key/:file_name';
