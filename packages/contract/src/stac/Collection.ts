import { z } from 'zod';
import { AssetSchema } from './Asset';
import { ExtentSchema } from './Extent';
import { LinksSchema } from './Link';
import { ProviderSchema } from './Provider';
import { RangeSchema } from './Range';

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A STAC 1.0 Collection: how `GET /unit_jobs/{job_id}/results` describes a job's outputs. */
export const CollectionSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().min(1),
    stac_version: z.string().regex(SEMVER).default('1.0.0'),
    links: LinksSchema,
    stac_extensions: z.array(z.string().min(1).url()).nullable().optional(),
    title: z.string().nullable().optional(),
    type: z.literal('Collection'),
    assets: z.record(AssetSchema).nullable().optional(),
    license: z.string().min(1),
    extent: ExtentSchema,
    keywords: z.array(z.string()).nullable().optional(),
    providers: z.array(ProviderSchema).nullable().optional(),
    summaries: z
      .record(z.union([RangeSchema, z.array(z.unknown()), z.record(z.unknown())]))
      .nullable()
      .optional(),
  })
  .passthrough();
export type Collection = z.infer<typeof CollectionSchema>;
