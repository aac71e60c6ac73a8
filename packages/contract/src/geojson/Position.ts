import { z } from 'zod';

/** A longitude/latitude pair. */
export const Position2DSchema = z.tuple([z.number(), z.number()]);
export type Position2D = z.infer<typeof Position2DSchema>;

/** A longitude/latitude/altitude triple. */
export const Position3DSchema = z.tuple([z.number(), z.number(), z.number()]);
export type Position3D = z.infer<typeof Position3DSchema>;

export const PositionSchema = z.union([Position2DSchema, Position3DSchema]);
export type Position = z.infer<typeof PositionSchema>;
