/** An axis-aligned rectangle in projected metres; a side may be infinite (no bound). */
export type Box = { minX: number; minY: number; maxX: number; maxY: number };

/** A box grown by `margin` on every side. */
export const expandBox = (box: Box, margin: number): Box => ({
  minX: box.minX - margin,
  minY: box.minY - margin,
  maxX: box.maxX + margin,
  maxY: box.maxY + margin,
});
