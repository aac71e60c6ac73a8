import type { Check } from './Check';
import { documentChecks } from './documentChecks';
import { fastApiChecks } from './fastApiChecks';
import { jobsChecks } from './jobsChecks';
import { publicChecks } from './publicChecks';
import { streamChecks } from './streamChecks';
import { writeChecks } from './writeChecks';

/** Every check, in the order a run makes them: the write checks last, create before delete. */
export const allChecks: readonly Check[] = [
  ...documentChecks,
  ...fastApiChecks,
  ...publicChecks,
  ...jobsChecks,
  ...streamChecks,
  ...writeChecks,
];
