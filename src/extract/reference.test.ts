import { describe, expect, it } from 'vitest';
import { parseReference } from './reference';

describe('parseReference', () => {
  it('keeps the wall clock and the offset of the publisher', () => {
    expect(parseReference('2025-08-13T10:15+03:00')).toEqual({
      ok: true,
      value: { year: 2025, month: 8, day: 13, hour: 10, minute: 15, offsetMinutes: 180 },
    });
    expect(parseReference('2025-08-13T10:15:30Z')).toEqual({
      ok: true,
      value: { year: 2025, month: 8, day: 13, hour: 10, minute: 15, offsetMinutes: 0 },
    });
  });

  it('rejects dates without a time or an offset', () => {
    expect(parseReference('2025-08-13').ok).toBe(false);
    expect(parseReference('2025-08-13T10:15').ok).toBe(false);
    expect(parseReference('yesterday').ok).toBe(false);
  });
});
