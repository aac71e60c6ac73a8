import {
  OutputFormatEnumSchema,
  ProcessingStatusEnumSchema,
  ProcessTypeEnumSchema,
  ServiceDetailsSchema,
} from '@apex-dispatch/contract';
import { z } from 'zod';

/** A time: ms since the epoch, or an ISO 8601 date-time (without an offset: UTC). */
const SeedTimeSchema = z.union([
  z.number().int().nonnegative(),
  z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'Expected an ISO 8601 date-time'),
]);

const seedJobFields = {
  /** Default: the next free id. */
  id: z.number().int().positive().optional(),
  /** Whose it is (who may see it): a token's user. Default: the anonymous user with auth off. */
  user: z.string().min(1).optional(),
  /** Default `finished`. Created, queued and running go on from there as the clock moves. */
  status: ProcessingStatusEnumSchema.optional(),
  title: z.string().optional(),
  label: ProcessTypeEnumSchema.optional(),
  service: ServiceDetailsSchema.optional(),
  parameters: z.record(z.unknown()).optional(),
  format: OutputFormatEnumSchema.optional(),
  /** Default: now. */
  created: SeedTimeSchema.optional(),
  /** When it took its status. Default: `created`. */
  updated: SeedTimeSchema.optional(),
};

export const SeedJobSchema = z.object(seedJobFields).strict();

export const SeedTaskSchema = z
  .object({
    ...seedJobFields,
    /** The task's processing jobs (their `user` is the task's). */
    jobs: z.array(SeedJobSchema.omit({ user: true })).optional(),
  })
  .strict();

/** What `control.seed()` and the CLI's `--seed FILE` take. */
export const MockSeedSchema = z
  .object({
    jobs: z.array(SeedJobSchema).optional(),
    tasks: z.array(SeedTaskSchema).optional(),
  })
  .strict();

export type SeedJob = z.infer<typeof SeedJobSchema>;
export type SeedTask = z.infer<typeof SeedTaskSchema>;
export type MockSeed = z.input<typeof MockSeedSchema>;
