import {
  OutputFormatEnumSchema,
  ParameterSchema,
  ProcessTypeEnumSchema,
} from '@apex-dispatch/contract';
import { z } from 'zod';

/**
 * A service the mock knows for `POST /params`: where it lives, and its parameters given either
 * as a `Parameter[]`, an openEO UDP (`udp`, process graph JSON) or an OGC API Processes
 * process description (`process`).
 */
export const ServiceDefinitionSchema = z
  .object({
    label: ProcessTypeEnumSchema,
    /** When given, a request must name this endpoint too; else any endpoint matches. */
    endpoint: z.string().optional(),
    application: z.string().min(1),
    parameters: z.array(ParameterSchema).optional(),
    udp: z
      .object({ parameters: z.array(z.unknown()) })
      .passthrough()
      .optional(),
    process: z
      .object({ inputs: z.record(z.unknown()) })
      .passthrough()
      .optional(),
    /**
     * What `POST /sync_jobs` answers for this service: the service ignores the request's
     * `format` there and passes on the back-end's default output for the UDP's graph.
     */
    synchronousOutput: OutputFormatEnumSchema.optional(),
  })
  .refine(
    (definition) =>
      [definition.parameters, definition.udp, definition.process].filter((x) => x !== undefined)
        .length === 1,
    { message: 'Give exactly one of "parameters", "udp" or "process"' },
  );
export type ServiceDefinition = z.infer<typeof ServiceDefinitionSchema>;
