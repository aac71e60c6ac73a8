import { z } from 'zod';

/**
 * The result of `POST /sync_jobs`: whatever the process produced for the requested format
 * (a GeoJSON or JSON document, or GeoTIFF or NetCDF bytes).
 */
export const SyncJobResultSchema = z.unknown();
export type SyncJobResult = z.infer<typeof SyncJobResultSchema>;
