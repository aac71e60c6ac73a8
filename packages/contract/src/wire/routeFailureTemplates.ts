/**
 * The failure texts the service builds from a reason instead of a fixed `failureMessage`
 * (route metadata): the `{"detail"}` of a `POST /params` failure, and the `message` of a
 * `POST /tiles` failure, which names the grid.
 */
export const routeFailureTemplates = {
  getJobParams: (reason: string) =>
    `An error occurred while retrieving service parameters: ${reason}`,
  splitInTiles: (grid: string) => `An error occurred while calculating tiles for ${grid}`,
} as const;
