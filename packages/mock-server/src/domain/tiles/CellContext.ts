import type { Box } from './Box';
import type { RingPoint } from './ringNearBox';

/** Where a point lies along the area of interest: which ring, and how far along it. */
export type RingPlace = { ring: number; param: number };

/** A ring of an intersection in projected metres, with the place of each vertex that is one of the area's. */
export type PlacedRing = { points: [number, number][]; places: (RingPlace | undefined)[] };

/** What is known, for one grid cell, of the area of interest near it (projected metres). */
export type CellContext = {
  cell: Box;
  /** The area of interest's rings, open (no closing position repeated). */
  rings: readonly (readonly (readonly [number, number])[])[];
  /** Each ring reduced to the neighbourhood of the cell, with places along the original. */
  nearRings: readonly (readonly RingPoint[])[];
};
