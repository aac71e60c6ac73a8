import { z } from 'zod';
import { ParamTypeEnumSchema } from '../enums/ParamTypeEnum';

/**
 * One input parameter of a service. The service always sends `default` (null when there is
 * none) and `options` (`[]` when any value goes); both may be absent from other sources.
 */
export const ParameterSchema = z.object({
  name: z.string().describe('Name of the parameter'),
  type: ParamTypeEnumSchema.describe('Data type of the parameter'),
  optional: z.boolean().describe('Whether the parameter may be left out'),
  description: z.string().describe('Description of the parameter'),
  default: z.unknown().optional().describe('Default value of the parameter; null when it has none'),
  options: z
    .array(z.unknown())
    .optional()
    .describe('Valid values for the parameter; empty when any value goes'),
});
export type Parameter = z.infer<typeof ParameterSchema>;
