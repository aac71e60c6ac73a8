import { z } from 'zod';
import { MimeTypesSchema } from '../enums/MimeTypes';

/** A STAC 1.0 link object. */
export const LinkSchema = z
  .object({
    href: z.string().min(1),
    rel: z.string().min(1),
    type: z.union([MimeTypesSchema, z.string()]).nullable().optional(),
    title: z.string().nullable().optional(),
  })
  .passthrough();
export type Link = z.infer<typeof LinkSchema>;

export const LinksSchema = z.array(LinkSchema);
export type Links = z.infer<typeof LinksSchema>;
