/** The version of the APEx Dispatch API this contract describes. */
export const API_VERSION = '0.7.2';

/** The tags the service groups its operations under, as its OpenAPI document names them. */
export const apiTags = {
  UNIT_JOBS: 'Unit Jobs',
  UPSCALE_TASKS: 'Upscale Tasks',
} as const;
