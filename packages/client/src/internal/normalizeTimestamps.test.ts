import { describe, expect, it } from 'vitest';
import { normalizeTimestamps } from './normalizeTimestamps';

describe('normalizeTimestamps', () => {
  it('marks naive `created` and `updated` as UTC, at any depth', () => {
    const task = {
      created: '2026-05-01T10:00:00',
      updated: '2026-05-01T10:00:00.123456',
      jobs: [{ created: '2026-05-01T10:00', updated: '2026-05-01T10:00:00Z' }],
    };
    expect(normalizeTimestamps(task)).toEqual({
      created: '2026-05-01T10:00:00Z',
      updated: '2026-05-01T10:00:00.123456Z',
      jobs: [{ created: '2026-05-01T10:00Z', updated: '2026-05-01T10:00:00Z' }],
    });
  });

  it('leaves offsets, other fields and other forms alone', () => {
    const value = {
      created: '2026-05-01T10:00:00+02:00',
      updated: '2026-05-01',
      title: '2026-05-01T10:00:00',
      parameters: { start: '2026-05-01T10:00:00' },
      list: ['2026-05-01T10:00:00', null, 3],
    };
    expect(normalizeTimestamps(structuredClone(value))).toEqual(value);
    expect(normalizeTimestamps(null)).toBeNull();
    expect(normalizeTimestamps('2026-05-01T10:00:00')).toBe('2026-05-01T10:00:00');
  });
});
