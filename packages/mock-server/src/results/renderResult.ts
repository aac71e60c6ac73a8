import type { BaseJobRequest, OutputFormatEnum } from '@apex-dispatch/contract';
import { MimeTypes } from '@apex-dispatch/contract';
import { renderGeoJson } from './renderGeoJson';
import { renderGeoTiff } from './renderGeoTiff';
import { renderJson } from './renderJson';
import { renderNetcdf } from './renderNetcdf';
import { resultGrid } from './resultGrid';

/** How each output format is served: its media type and a file name for it. */
export const RESULT_FILES: Record<OutputFormatEnum, { contentType: string; fileName: string }> = {
  geojson: { contentType: MimeTypes.GEOJSON, fileName: 'result.geojson' },
  json: { contentType: MimeTypes.JSON, fileName: 'result.json' },
  gtiff: { contentType: 'image/tiff', fileName: 'result.tif' },
  netcdf: { contentType: 'application/x-netcdf', fileName: 'result.nc' },
};

/** The bytes a request's processing "produces" in its format: same request, same bytes. */
export async function renderResult(request: BaseJobRequest): Promise<Buffer> {
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
