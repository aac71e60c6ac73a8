import { z } from 'zod';

/** Where a service is hosted and which application on it to run. */
export const ServiceDetailsSchema = z.object({
  endpoint: z
    .string()
    .describe(
      'URL of the platform hosting the service. For openEO, the openEO backend. For OGC API Processes, the base URL of the platform API.',
    ),
  namespace: z
    .string()
    .nullable()
    .optional()
    .describe(
      'Namespace under the endpoint where the service is hosted. Not set for openEO. For OGC API Processes, the namespace ID representing the service deployment.',
    ),
  application: z
    .string()
    .describe(
      'The application to execute. For openEO, the public URL of the UDP (JSON). For OGC API Processes, the URL path of the hosted process.',
    ),
});
export type ServiceDetails = z.infer<typeof ServiceDetailsSchema>;
