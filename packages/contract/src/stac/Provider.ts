import { z } from 'zod';

export const ProviderSchema = z.object({
  name: z.string().min(1),
  description: z.string().nullable().optional(),
  roles: z.array(z.string()).nullable().optional(),
  url: z.string().nullable().optional(),
});
export type Provider = z.infer<typeof ProviderSchema>;
