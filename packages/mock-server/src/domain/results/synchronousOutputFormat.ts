import type { BaseJobRequest, OutputFormatEnum } from '@apex-dispatch/contract';

/**
 * The mock's assumption for an openEO UDP whose output it does not know: openEO back-ends write
 * a graph that saves nothing itself as a GeoTIFF, and most UDPs end in a raster.
 */
export const UNKNOWN_UDP_OUTPUT: OutputFormatEnum = 'gtiff';

/**
 * The format of a synchronous job's answer. The service sends an openEO UDP's graph without an
 * output format, so the answer is what the graph produces, whatever `format` says: the
 * service's declared output, else the mock's assumption. The service runs no OGC API Processes
 * synchronously; the mock's simulation of them answers in the requested `format` unless the
 * service declares its output.
 */
export function synchronousOutputFormat(
  request: BaseJobRequest,
  declared: OutputFormatEnum | undefined,
): OutputFormatEnum {
  if (declared !== undefined) return declared;
  return request.label === 'openeo' ? UNKNOWN_UDP_OUTPUT : request.format;
}
