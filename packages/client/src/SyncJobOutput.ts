import type { SyncJobResult } from '@apex-dispatch/contract';

/**
 * What `createSyncJob` gives back: the process's result with its content type. JSON and GeoJSON
 * are parsed; anything else (GeoTIFF, NetCDF...) is kept as the exact bytes received.
 */
export type SyncJobOutput =
  | { kind: 'json'; contentType: string; data: SyncJobResult }
  | { kind: 'binary'; contentType: string; data: Uint8Array };
