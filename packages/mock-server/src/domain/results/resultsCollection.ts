import type { Collection } from '@apex-dispatch/contract';
import { fillPath, MimeTypes, rawResultMediaTypeOf } from '@apex-dispatch/contract';
import type { StoredJob } from '../jobs/StoredJob';
import { areaOfInterest } from './areaOfInterest';
import { assetPathTemplate } from './assetPathTemplate';
import { RESULT_FILES } from './renderResult';
import { temporalExtent } from './temporalExtent';

// STAC's media type for a GeoTIFF asset is more precise than the HTTP Content-Type.
const ASSET_TYPES = {
  geojson: MimeTypes.GEOJSON,
  json: MimeTypes.JSON,
  gtiff: MimeTypes.GEOTIFF,
  netcdf: rawResultMediaTypeOf.netcdf,
} as const;

/** The URL path a job's result file is downloadable at. */
export function assetPath(job: StoredJob): string {
  return fillPath(assetPathTemplate, {
    asset_key: job.assetKey,
    file_name: RESULT_FILES[job.request.format].fileName,
  });
}

/** A finished job's outputs as a STAC 1.0 Collection, with absolute links under `baseUrl`. */
export function resultsCollection(job: StoredJob, baseUrl: string): Collection {
  const { format } = job.request;
  return {
    type: 'Collection',
    stac_version: '1.0.0',
    id: `job-${job.id}`,
    title: job.request.title,
    description: `Results of processing job ${job.id} (${job.request.title}).`,
    license: 'proprietary',
    extent: {
      spatial: { bbox: [areaOfInterest(job.request.parameters)] },
      temporal: { interval: [temporalExtent(job.request.parameters)] },
    },
    links: [
      { rel: 'self', href: `${baseUrl}/unit_jobs/${job.id}/results`, type: MimeTypes.JSON },
      { rel: 'parent', href: `${baseUrl}/unit_jobs/${job.id}`, type: MimeTypes.JSON },
    ],
    assets: {
      [RESULT_FILES[format].fileName]: {
        href: `${baseUrl}${assetPath(job)}`,
        type: ASSET_TYPES[format],
        title: `Result (${format})`,
        roles: ['data'],
      },
    },
  };
}
