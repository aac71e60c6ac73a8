/**
 * A time as the service serialises its timestamps: naive UTC, no offset, microseconds only when
 * not zero (`2026-05-01T10:00:00`, `2026-05-01T10:00:00.250000`), as Python's isoformat does.
 */
export function naiveUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  const [seconds, fraction = '000Z'] = iso.split('.');
  const millis = fraction.slice(0, 3);
  return millis === '000' ? `${seconds}` : `${seconds}.${millis}000`;
}
