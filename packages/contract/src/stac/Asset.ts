import { z } from 'zod';

/** A STAC 1.0 asset: one downloadable output of a job. */
export const AssetSchema = z
  .object({
    href: z.string().min(1),
    type: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    description: z.string().nullable().optional(),
    roles: z.array(z.string()).nullable().optional(),
  })
  .passthrough();
export type Asset = z.infer<typeof AssetSchema>;
