/** The length of the service's `title` columns (String(255)). */
export const TITLE_MAX_LENGTH = 255;

/**
 * What the service's database says when a title does not fit its column (PostgreSQL refuses
 * the insert, so the route answers its 500), or undefined when it fits.
 */
export function titleRefusal(title: string): string | undefined {
  if ([...title].length <= TITLE_MAX_LENGTH) return undefined;
  return `(psycopg2.errors.StringDataRightTruncation) value too long for type character varying(${TITLE_MAX_LENGTH})`;
}
