import {
  type BaseJobRequest,
  type OutputFormatEnum,
  rawResultMediaTypeOf,
} from '@apex-dispatch/contract';
import { renderGeoJson } from './renderGeoJson';
import { renderGeoTiff } from './renderGeoTiff';
import { renderJson } from './renderJson';
import { renderNetcdf } from './renderNetcdf';
import { resultGrid } from './resultGrid';

/**
 * How each output format is served: its media type, and its file name as openEO backends name
 * a batch job's result asset (which is also the asset's key in the results Collection).
 */
export const RESULT_FILES: Record<OutputFormatEnum, { contentType: string; fileName: string }> = {
  geojson: { contentType: rawResultMediaTypeOf.geojson, fileName: 'vectorcube.geojson' },
  json: { contentType: rawResultMediaTypeOf.json, fileName: 'timeseries.json' },
  gtiff: { contentType: rawResultMediaTypeOf.gtiff, fileName: 'openEO.tif' },
  netcdf: { contentType: rawResultMediaTypeOf.netcdf, fileName: 'openEO.nc' },
};

/** The bytes a request's processing "produces" in its format: same request, same bytes. */
export async function renderResult(request: BaseJobRequest): Promise<Uint8Array> {
  const grid = resultGrid(request);
  switch (request.format) {
    case 'geojson':
      return renderGeoJson(grid, request.title);
    case 'json':
      return renderJson(grid, request.title);
    case 'gtiff':
      return renderGeoTiff(grid);
    case 'netcdf':
      return renderNetcdf(grid, request.title);
  }
}
